package org.energytracking.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.analytics.entity.AnalyticsReport;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.Bucket;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.junit.jupiter.api.Test;

/** What the analytics page's report reads, with the energy facade replaced by one that notes the calls. */
class AnalyticsReportTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private final List<String> calls = new ArrayList<>();
    private final Analytics analytics = new Analytics() {
        @Override
        public ConsumptionAnalysis of(Metered metered, Instant from, Instant to) {
            calls.add("analysis of " + metered.name() + " " + from + "/" + to);
            return null;
        }
    };

    AnalyticsReportTest() {
        analytics.energy = new Energy() {
            @Override
            public Metered site(long siteId) {
                return new Metered("Home", VIENNA, List.of(11L, 12L), null, siteId, null);
            }

            @Override
            public Metered device(String deviceId) {
                return new Metered("Boiler", ZoneId.of("UTC"), List.of(12L), 5L, null, null);
            }

            @Override
            public List<EnergyPoint> energy(Metered metered, Instant from, Instant to, Resolution resolution) {
                calls.add("energy " + from + "/" + to + " " + resolution);
                return List.of();
            }

            @Override
            public List<ExportPoint> siteExports(long siteId, Instant from, Instant to, Resolution resolution) {
                calls.add("site export " + from + "/" + to + " " + resolution);
                return List.of();
            }

            @Override
            public ExportPoint siteExport(long siteId, Instant from, Instant to) {
                calls.add("site export total " + from + "/" + to);
                return null;
            }

            @Override
            public List<ExportPoint> exports(String deviceId, Instant from, Instant to, Resolution resolution) {
                calls.add(deviceId + " export " + from + "/" + to + " " + resolution);
                return List.of(new ExportPoint(new Bucket(from, to), 1500, null));
            }

            @Override
            public ExportPoint deviceExport(String deviceId, Instant from, Instant to) {
                calls.add(deviceId + " export total " + from + "/" + to);
                return new ExportPoint(new Bucket(from, to), 1500, null);
            }

            @Override
            public List<DeviceTotal> byDevice(Metered metered, LocalDate from, LocalDate toExclusive) {
                calls.add("ranking " + from + "/" + toExclusive);
                return List.of();
            }
        };
    }

    @Test
    void aSiteOverOneDayByHoursAgainstTheDayBefore() {
        AnalyticsReport report = analytics.report(5, "", LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 27), VIENNA);

        assertThat(report.name()).isEqualTo("Home");
        assertThat(report.resolution()).isEqualTo(Resolution.HOUR);
        assertThat(calls).containsExactly("analysis of Home 2026-03-25T23:00:00Z/2026-03-26T23:00:00Z",
                "energy 2026-03-25T23:00:00Z/2026-03-26T23:00:00Z HOUR",
                "energy 2026-03-24T23:00:00Z/2026-03-25T23:00:00Z HOUR",
                "ranking 2026-03-26/2026-03-27",
                "site export 2026-03-25T23:00:00Z/2026-03-26T23:00:00Z HOUR",
                "site export total 2026-03-25T23:00:00Z/2026-03-26T23:00:00Z");
        assertThat(report.exported()).as("no device of the site reports an export counter").isNull();
    }

    @Test
    void aDeviceByDaysOfTheSitesZoneAgainstAsLongBefore() {
        // the week ends on the day clocks go forward: 167 hours, and the period before is as many hours, not days
        AnalyticsReport report = analytics.report(5, "boiler", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30),
                VIENNA);

        assertThat(report.name()).isEqualTo("Boiler");
        assertThat(report.resolution()).isEqualTo(Resolution.DAY);
        assertThat(calls).containsExactly("analysis of Boiler 2026-03-22T23:00:00Z/2026-03-29T22:00:00Z",
                "energy 2026-03-22T23:00:00Z/2026-03-29T22:00:00Z DAY",
                "energy 2026-03-16T00:00:00Z/2026-03-22T23:00:00Z DAY",
                "ranking 2026-03-23/2026-03-30",
                "boiler export 2026-03-22T23:00:00Z/2026-03-29T22:00:00Z DAY",
                "boiler export total 2026-03-22T23:00:00Z/2026-03-29T22:00:00Z");
        assertThat(report.exported().exportWh()).isEqualTo(1500);
    }
}
