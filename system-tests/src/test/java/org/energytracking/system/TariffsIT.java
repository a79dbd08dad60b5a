package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tariffs over the API: the issue's example as written, validation naming fields, who sees what, assignments. */
@ExtendWith(PlatformExtension.class)
class TariffsIT {

    static final String EXAMPLE = """
            {"name":"home-tou","currency":"EUR","versions":[{"valid_from":"2026-01-01","valid_to":"2026-03-31",\
            "standing_charge_per_day":"0.50","default_price_per_kwh":"0.21","rates":[{"days":"MON-FRI","from":"07:00",\
            "to":"22:00","price_per_kwh":"0.32"}]},{"valid_from":"2026-03-31","valid_to":null,"standing_charge_per_day":"0.55",\
            "default_price_per_kwh":"0.23","rates":[{"days":"MON-FRI","from":"07:00","to":"22:00","price_per_kwh":"0.35"}],\
            "tiers":[{"up_to_kwh":300,"price_per_kwh":"0.30"}]}]}""";

    @Test
    void theIssuesExampleIsAcceptedAndOnlyItsOwnerAndAdministratorsSeeIt(Platform platform) {
        Platform.TestUser owner = platform.newUser("tariff-owner");
        Platform.TestUser stranger = platform.newUser("tariff-stranger");

        HttpResponse<String> created = owner.api().postJson("/api/v1/tariffs", EXAMPLE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Platform.object(created).getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/tariffs/" + id));

        JsonObject tariff = Platform.object(owner.api().get("/api/v1/tariffs/" + id));
        assertThat(tariff.getString("currency")).isEqualTo("EUR");
        JsonObject april = tariff.getJsonArray("versions").getJsonObject(1);
        assertThat(april.containsKey("valid_to")).isFalse();
        assertThat(april.getString("standing_charge_per_day")).isEqualTo("0.55");
        assertThat(april.getJsonArray("rates").getJsonObject(0).getString("to")).isEqualTo("22:00");
        assertThat(april.getJsonArray("tiers").getJsonObject(0).getJsonNumber("up_to_kwh").intValue()).isEqualTo(300);

        assertThat(stranger.api().get("/api/v1/tariffs/" + id).statusCode()).isEqualTo(404);
        assertThat(ids(stranger.api().get("/api/v1/tariffs"))).doesNotContain(id);
        assertThat(ids(owner.api().get("/api/v1/tariffs"))).containsExactly(id);
        assertThat(platform.get("/api/v1/tariffs/" + id).statusCode()).isEqualTo(200);
        assertThat(stranger.api().put("/api/v1/tariffs/" + id, EXAMPLE).statusCode()).isEqualTo(404);
    }

    @Test
    void pricesMayBeNumbersAndAPutReplacesAllVersions(Platform platform) {
        long id = Platform.object(platform.admin().postJson("/api/v1/tariffs", EXAMPLE)).getJsonNumber("id").longValue();

        HttpResponse<String> replaced = platform.put("/api/v1/tariffs/" + id, """
                {"name":"flat","currency":"CHF","versions":[{"valid_from":"2026-01-01","standing_charge_per_day":0.5,\
                "default_price_per_kwh":0.275}]}""");

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonObject version = Platform.object(replaced).getJsonArray("versions").getJsonObject(0);
        assertThat(Platform.object(replaced).getJsonArray("versions")).hasSize(1);
        assertThat(version.getString("standing_charge_per_day")).isEqualTo("0.50");
        assertThat(version.getString("default_price_per_kwh")).isEqualTo("0.275");
        assertThat(version.getJsonArray("rates")).isEmpty();
        assertThat(platform.delete("/api/v1/tariffs/" + id).statusCode()).isEqualTo(204);
        assertThat(platform.get("/api/v1/tariffs/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidWindowsAreRefusedNamingTheField(Platform platform) {
        assertRefused(platform.admin().postJson("/api/v1/tariffs", withRates("{'days':'MON-FRI','from':'07:10','to':'22:00',"
                + "'price_per_kwh':'0.3'}")), "versions[0].rates[0].from");
        assertRefused(platform.admin().postJson("/api/v1/tariffs", withRates("{'days':'MON-FRI','from':'07:00','to':'22:00',"
                + "'price_per_kwh':'0.3'},{'days':'wed','from':'21:00','to':'23:00','price_per_kwh':'0.3'}")), "versions[0].rates[1]");
        assertRefused(platform.admin().postJson("/api/v1/tariffs", withRates("{'days':'FRI-MON','from':'07:00','to':'22:00',"
                + "'price_per_kwh':'0.3'}")), "versions[0].rates[0].days");
    }

    @Test
    void invalidTariffsAreRefusedNamingTheField(Platform platform) {
        assertRefused(platform.admin().postJson("/api/v1/tariffs", EXAMPLE.replace("\"EUR\"", "\"EURO\"")), "currency");
        assertRefused(platform.admin().postJson("/api/v1/tariffs", EXAMPLE.replace("\"valid_from\":\"2026-03-31\"",
                "\"valid_from\":\"2026-03-01\"")), "versions[1].valid_from");
        assertRefused(platform.admin().postJson("/api/v1/tariffs", EXAMPLE.replace("\"name\":\"home-tou\",", "")), "name");
        assertRefused(platform.admin().postJson("/api/v1/tariffs", EXAMPLE.replace("\"0.30\"", "\"-0.30\"")),
                "versions[1].tiers[0].price_per_kwh");
    }

    @Test
    void assignmentsMakeATimelineAndKeepTheirTariff(Platform platform) {
        Platform.TestUser user = platform.newUser("tariff-user");
        Platform.TestUser stranger = platform.newUser("tariff-other");
        String device = platform.newDevice(user.api(), "tariffed");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        long tariff = Platform.object(user.api().postJson("/api/v1/tariffs", EXAMPLE)).getJsonNumber("id").longValue();
        long strangers = Platform.object(stranger.api().postJson("/api/v1/tariffs", EXAMPLE)).getJsonNumber("id").longValue();

        HttpResponse<String> assigned = user.api().put("/api/v1/devices/" + device + "/tariff",
                "{\"tariff_id\":" + tariff + ",\"from\":\"2026-01-01\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        user.api().put("/api/v1/devices/" + device + "/tariff", "{\"tariff_id\":null,\"from\":\"2026-03-01\"}");
        JsonArray timeline = Platform.array(user.api().get("/api/v1/devices/" + device + "/tariff"));
        assertThat(timeline).hasSize(2);
        assertThat(timeline.getJsonObject(0).getJsonNumber("tariff_id").longValue()).isEqualTo(tariff);
        assertThat(timeline.getJsonObject(0).getString("to")).isEqualTo("2026-03-01");
        assertThat(timeline.getJsonObject(1).getString("from")).isEqualTo("2026-03-01");
        assertThat(timeline.getJsonObject(1).containsKey("tariff_id")).isFalse();
        HttpResponse<String> siteAssigned = user.api().put("/api/v1/sites/" + site + "/tariff",
                "{\"tariff_id\":" + tariff + ",\"from\":\"2026-02-01\"}");
        assertThat(Platform.array(siteAssigned)).hasSize(1);

        assertRefused(user.api().put("/api/v1/sites/" + site + "/tariff", "{\"tariff_id\":" + strangers + ",\"from\":\"2026-02-01\"}"),
                "tariff_id");
        assertRefused(user.api().put("/api/v1/sites/" + site + "/tariff", "{\"tariff_id\":" + tariff + "}"), "from");
        assertThat(stranger.api().put("/api/v1/devices/" + device + "/tariff", "{\"tariff_id\":" + strangers
                + ",\"from\":\"2026-01-01\"}").statusCode()).isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/sites/" + site + "/tariff").statusCode()).isEqualTo(404);
        assertThat(user.api().delete("/api/v1/tariffs/" + tariff).statusCode()).isEqualTo(409);
        assertThat(Platform.array(platform.get("/api/v1/audit?action=tariff_assigned")).stream()
                .map(e -> e.asJsonObject().getString("target"))).contains("device:" + device, "site:" + site);
        assertThat(user.api().delete("/api/v1/devices/" + device).statusCode()).isEqualTo(204);
    }

    private static String withRates(String rates) {
        return ("{'name':'bad','currency':'EUR','versions':[{'valid_from':'2026-01-01','standing_charge_per_day':'0',"
                + "'default_price_per_kwh':'0.2','rates':[" + rates + "]}]}").replace('\'', '"');
    }

    private static List<Long> ids(HttpResponse<String> list) {
        return Platform.array(list).stream().map(t -> t.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Platform.object(response).getString("field")).isEqualTo(field);
    }
}
