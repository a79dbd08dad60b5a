package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PlatformExtension.class)
class HttpIngestIT {

    @Test
    void jsonImportStoresValidReadingsAndNamesTheRejectedOnes(Platform platform) {
        String device = platform.newDevice("http-json");
        long ts = System.currentTimeMillis() - 120_000;
        HttpResponse<String> response = platform.post("/api/v1/devices/" + device + "/readings", "application/json",
                "[{\"ts\":" + ts + ",\"power\":1},{\"ts\":" + (ts + 1000) + ",\"power\":\"high\"},{\"ts\":" + (ts + 2000) + ",\"power\":3}]");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject result = Platform.object(response);
        assertThat(result.getInt("accepted")).isEqualTo(2);
        assertThat(result.getJsonArray("rejected")).hasSize(1);
        assertThat(result.getJsonArray("rejected").getJsonObject(0).getInt("index")).isEqualTo(1);
        assertThat(platform.readingCount(device)).isEqualTo(2);
    }

    @Test
    void csvImportLandsInItsOwnMonths(Platform platform) {
        String device = platform.newDevice("http-csv");
        // months of earlier years, well inside the retention (60 months) whatever year the suite runs in
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String csv = "ts,power,energy\n" + (year - 2) + "-01-15T10:00:00Z,100,5000\n" + (year - 2) + "-01-15T10:15:00Z,120,5030\n"
                + (year - 1) + "-06-01T00:00:00+02:00,90,9000\n";
        HttpResponse<String> response = platform.post("/api/v1/devices/" + device + "/readings", "text/csv", csv);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Platform.object(response).getInt("accepted")).isEqualTo(3);
        assertThat(platform.readingCount(device)).isEqualTo(3);
        assertThat(Platform.array(platform.get("/api/v1/devices/" + device + "/readings?from=" + (year - 2) + "-01-15&to=" + (year - 2) + "-01-16"))).hasSize(2);
    }

    @Test
    void importForUnknownDeviceIsNotFoundAndAllBadIsABadRequest(Platform platform) {
        assertThat(platform.post("/api/v1/devices/nobody-here/readings", "application/json", "[{\"power\":1}]").statusCode())
                .isEqualTo(404);
        String device = platform.newDevice("http-bad");
        HttpResponse<String> response = platform.post("/api/v1/devices/" + device + "/readings", "application/json", "{oops");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Platform.object(response).getJsonArray("rejected").getJsonObject(0).getString("reason")).contains("malformed JSON");
        assertThat(platform.get("/api/v1/devices/" + device + "/readings?from=yesterday").statusCode()).isEqualTo(400);
    }
}
