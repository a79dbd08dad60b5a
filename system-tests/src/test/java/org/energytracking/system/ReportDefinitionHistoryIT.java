package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Report definitions are audited: who created, changed and deleted one, when and what, readable through the API. */
@ExtendWith(PlatformExtension.class)
class ReportDefinitionHistoryIT {

    @Test
    void creatingChangingAndDeletingADefinitionIsRecordedWithWhatChanged(Platform platform) {
        TestUser user = platform.newUser("reports-history");
        String device = platform.newDevice(user.api(), "meter");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions", "{\"name\":\"Home\",\"site_id\":" + site
                + ",\"period\":\"monthly\",\"formats\":[\"pdf\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Platform.object(created).getJsonNumber("id").longValue();
        HttpResponse<String> changed = user.api().put("/api/v1/report-definitions/" + id, "{\"name\":\"House\",\"period\":\"monthly\","
                + "\"formats\":[\"pdf\",\"csv\"],\"enabled\":false}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        JsonArray history = Platform.array(user.api().get("/api/v1/report-definitions/" + id + "/history"));
        assertThat(history).hasSize(2);
        JsonObject change = history.getJsonObject(0);
        assertThat(change.getString("action")).isEqualTo("report_definition_changed");
        assertThat(change.getString("email")).isEqualTo(user.email());
        assertThat(change.getJsonNumber("user_id").longValue()).isEqualTo(user.id());
        assertThat(change.getString("details")).isEqualTo("name: Home → House; formats: pdf → pdf,csv; enabled: true → false");
        assertThat(change.getString("at")).isNotBlank();
        JsonObject creation = history.getJsonObject(1);
        assertThat(creation.getString("action")).isEqualTo("report_definition_created");
        assertThat(creation.getString("details")).startsWith("site " + site + ": name: null → Home; period: null → monthly");

        TestUser stranger = platform.newUser("reports-history-stranger");
        assertThat(stranger.api().get("/api/v1/report-definitions/" + id + "/history").statusCode()).isEqualTo(404);

        assertThat(user.api().delete("/api/v1/report-definitions/" + id).statusCode()).isEqualTo(204);
        assertThat(user.api().get("/api/v1/report-definitions/" + id + "/history").statusCode()).as("gone with the definition").isEqualTo(404);
        JsonObject deleted = Platform.array(platform.admin().get("/api/v1/audit?action=report_definition_deleted")).stream()
                .map(JsonObject.class::cast).filter(event -> event.getString("target").equals("report_definition:" + id)).findFirst().orElseThrow();
        assertThat(deleted.getString("details")).isEqualTo("site " + site + ": House");
        assertThat(deleted.getString("email")).isEqualTo(user.email());
    }
}
