package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.energytracking.system.Platform.TestUser;

/**
 * A month of a meter imported as CSV through the API, on a personal site (UTC) priced 0.40 EUR/kWh with a standing
 * charge of 0.10 EUR a day: day d of the month uses d × 100 Wh, so a month of n days uses 100 × n(n+1)/2 Wh and
 * costs that many kWh × 0.40 plus n × 0.10.
 */
record ReportHistory(TestUser user, String device, long site, YearMonth month) {

    private static final String TARIFF = "{\"name\":\"flat\",\"currency\":\"EUR\",\"versions\":[{\"valid_from\":\"2020-01-01\","
            + "\"standing_charge_per_day\":\"0.10\",\"default_price_per_kwh\":\"0.40\"}]}";

    static ReportHistory lastMonth(Platform platform, String prefix) {
        // "last month" must stay one month while the test reads its report
        TheDay.staysTheSameFor(Duration.ofMinutes(5));
        TestUser user = platform.newUser(prefix);
        String device = platform.newDevice(user.api(), "meter");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        long tariff = Platform.object(user.api().postJson("/api/v1/tariffs", TARIFF)).getJsonNumber("id").longValue();
        HttpResponse<String> assigned = user.api().put("/api/v1/sites/" + site + "/tariff", "{\"tariff_id\":" + tariff + ",\"from\":\"2020-01-01\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        ReportHistory history = new ReportHistory(user, device, site, YearMonth.now(ZoneOffset.UTC).minusMonths(1));
        StringBuilder csv = new StringBuilder("ts,energy\n");
        long counter = 1_000_000;
        for (int day = 1; day <= history.days() + 1; day++) {
            csv.append(history.month().atDay(1).plusDays(day - 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
                    .append(',').append(counter).append('\n');
            counter += day * 100L;
        }
        HttpResponse<String> imported = user.api().post("/api/v1/devices/" + device + "/readings", "text/csv", csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        await("the month of " + device + " rolled up").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(history::apiMonthEnergyWh, energy -> energy != null && energy.compareTo(BigDecimal.valueOf(history.energyWh())) == 0);
        return history;
    }

    int days() {
        return month.lengthOfMonth();
    }

    long energyWh() {
        return 100L * days() * (days() + 1) / 2;
    }

    /** kWh × 0.40 + days × 0.10, in cents. */
    BigDecimal cost() {
        return BigDecimal.valueOf(energyWh()).movePointLeft(3).multiply(new BigDecimal("0.40"))
                .add(new BigDecimal("0.10").multiply(BigDecimal.valueOf(days()))).setScale(2);
    }

    LocalDate first() {
        return month.atDay(1);
    }

    /** The API's figure for the month, which the report must match. */
    BigDecimal apiMonthEnergyWh() {
        JsonObject bucket = apiMonth();
        return bucket.isNull("energy_wh") ? null : bucket.getJsonNumber("energy_wh").bigDecimalValue();
    }

    JsonObject apiMonth() {
        return Platform.array(user.api().get("/api/v1/sites/" + site + "/energy?from=" + first() + "&to=" + first().plusMonths(1)
                + "&resolution=month")).getJsonObject(0);
    }
}
