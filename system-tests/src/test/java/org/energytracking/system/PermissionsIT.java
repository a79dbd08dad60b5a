package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles decide what a user may do; sites decide what they can see at all. */
@ExtendWith(PlatformExtension.class)
class PermissionsIT {

    @Test
    void anotherUsersDeviceAndItsReadingsDoNotExistForMe(Platform platform) {
        Platform.TestUser owner = platform.newUser("owner");
        Platform.TestUser stranger = platform.newUser("stranger");
        String device = platform.newDevice(owner.api(), "private");

        assertThat(owner.api().get("/api/v1/devices/" + device).statusCode()).isEqualTo(200);
        for (String path : new String[] {"/api/v1/devices/" + device, "/api/v1/devices/" + device + "/readings"}) {
            HttpResponse<String> hidden = stranger.api().get(path);
            assertThat(hidden.statusCode()).as(path).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("Test " + device);
        }
        assertThat(stranger.api().put("/api/v1/devices/" + device, "{\"name\":\"mine now\"}").statusCode()).isEqualTo(404);
        assertThat(stranger.api().delete("/api/v1/devices/" + device).statusCode()).isEqualTo(404);
        assertThat(stranger.api().post("/api/v1/devices/" + device + "/readings", "application/json", "{\"power\":1}")
                .statusCode()).isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/devices").body()).doesNotContain(device);
        long ownersSite = Platform.object(owner.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        assertThat(stranger.api().get("/api/v1/sites/" + ownersSite).statusCode()).isEqualTo(404);
        assertThat(stranger.api().postJson("/api/v1/devices", "{\"device_id\":\"sneak-" + System.nanoTime()
                + "\",\"name\":\"x\",\"site_id\":" + ownersSite + "}").statusCode()).isEqualTo(404);
    }

    @Test
    void aViewerReadsButCannotWrite(Platform platform) {
        String email = "viewer-" + System.nanoTime() + "@it.test";
        HttpResponse<String> created = platform.admin().postJson("/api/v1/users", "{\"email\":\"" + email
                + "\",\"password\":\"ViewPass123\",\"first_name\":\"Vera\",\"last_name\":\"Viewer\",\"roles\":[\"viewer\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        ApiClient viewer = platform.anonymous().withToken(
                ApiClient.login(platform.running().httpUrl(), email, "ViewPass123").getString("access_token"));

        assertThat(viewer.get("/api/v1/devices").statusCode()).isEqualTo(200);
        HttpResponse<String> write = viewer.postJson("/api/v1/devices", "{\"device_id\":\"v-" + System.nanoTime() + "\",\"name\":\"x\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(Platform.object(write).getString("error")).contains("devices:write");
        assertThat(viewer.postJson("/api/v1/sites", "{\"name\":\"Mine\"}").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aSiteMemberSeesTheSiteWithTheRoleTheyHaveThere(Platform platform) {
        Platform.TestUser owner = platform.newUser("landlord");
        Platform.TestUser tenant = platform.newUser("tenant");
        JsonObject site = Platform.object(owner.api().postJson("/api/v1/sites", "{\"name\":\"Flat 2\",\"timezone\":\"Europe/Vienna\"}"));
        long siteId = site.getJsonNumber("id").longValue();
        String device = "flat-" + System.nanoTime();
        assertThat(owner.api().postJson("/api/v1/devices", "{\"device_id\":\"" + device + "\",\"name\":\"Meter\",\"site_id\":" + siteId + "}")
                .statusCode()).isEqualTo(201);
        assertThat(tenant.api().get("/api/v1/devices/" + device).statusCode()).isEqualTo(404);

        HttpResponse<String> added = owner.api().postJson("/api/v1/sites/" + siteId + "/members",
                "{\"email\":\"" + tenant.email() + "\",\"role\":\"viewer\"}");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(tenant.api().get("/api/v1/devices/" + device).statusCode()).isEqualTo(200);
        assertThat(tenant.api().put("/api/v1/devices/" + device, "{\"name\":\"Renamed\"}").statusCode()).isEqualTo(403);
        assertThat(Platform.array(owner.api().get("/api/v1/sites/" + siteId + "/members"))).hasSize(2);

        assertThat(owner.api().delete("/api/v1/sites/" + siteId + "/members/" + tenant.id()).statusCode()).isEqualTo(204);
        assertThat(tenant.api().get("/api/v1/devices/" + device).statusCode()).isEqualTo(404);
    }

    @Test
    void aRoleChangeAppliesToTheNextCallAndIsAudited(Platform platform) {
        Platform.TestUser user = platform.newUser("demoted");
        assertThat(user.api().postJson("/api/v1/sites", "{\"name\":\"Before\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> changed = platform.admin().put("/api/v1/users/" + user.id(), "{\"roles\":[\"viewer\"]}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(user.api().postJson("/api/v1/sites", "{\"name\":\"After\"}").statusCode()).isEqualTo(403);

        JsonObject event = Platform.array(platform.get("/api/v1/audit?action=roles_assigned")).stream()
                .map(e -> e.asJsonObject()).filter(e -> ("user:" + user.id()).equals(e.getString("target"))).findFirst().orElseThrow();
        assertThat(event.getString("details")).contains("operator").contains("viewer");
    }

    @Test
    void onlyAdministratorsManageUsersRolesAndTheAuditLog(Platform platform) {
        Platform.TestUser operator = platform.newUser("op");
        for (String path : new String[] {"/api/v1/users", "/api/v1/roles", "/api/v1/permissions", "/api/v1/audit"}) {
            assertThat(operator.api().get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(platform.admin().get(path).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> role = platform.admin().postJson("/api/v1/roles",
                "{\"name\":\"meter-reader-" + System.nanoTime() % 100000 + "\",\"permissions\":[\"devices:read\",\"readings:read\"]}");
        assertThat(role.statusCode()).isEqualTo(201);
        HttpResponse<String> unknown = platform.admin().postJson("/api/v1/roles", "{\"name\":\"bad\",\"permissions\":[\"devices:fly\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Platform.object(unknown).getString("field")).isEqualTo("permissions");
        assertThat(platform.admin().delete("/api/v1/roles/viewer").statusCode()).isEqualTo(409);
    }

    @Test
    void signInsAndDeviceChangesLandInTheAuditLog(Platform platform) {
        Platform.TestUser user = platform.newUser("audited");
        AuthIT.login(platform, user.email(), "WrongPass999");
        String device = platform.newDevice(user.api(), "audited");
        user.api().delete("/api/v1/devices/" + device);

        var events = Platform.array(platform.get("/api/v1/audit?user_id=" + user.id())).stream()
                .map(e -> e.asJsonObject().getString("action") + "/" + e.asJsonObject().getString("outcome")).toList();
        assertThat(events).contains("register/success", "login/success", "login/failure", "device_created/success",
                "device_deleted/success");
    }
}
