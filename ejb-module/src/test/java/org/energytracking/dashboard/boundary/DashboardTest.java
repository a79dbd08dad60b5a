package org.energytracking.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodComparison;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.dashboard.entity.DashboardPeriod.Choice;
import org.energytracking.dashboard.entity.DashboardPeriod;
import org.energytracking.dashboard.entity.DashboardSummary;
import org.energytracking.devices.boundary.DeviceStatuses;
import org.energytracking.devices.entity.DeviceStatus;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.junit.jupiter.api.Test;

/** What the dashboard reads for a period, with the facades it calls replaced by ones that note the calls. */
class DashboardTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final DeviceStatus BOILER = new DeviceStatus(11, "boiler", "Boiler", "meter", VIENNA, null, null, null);

    private final List<String> analysed = new ArrayList<>();
    private final List<String> energyRead = new ArrayList<>();
    private final Dashboard dashboard = new Dashboard();

    DashboardTest() {
        Metered site = new Metered("Home", VIENNA, List.of(11L), null, 5L, null);
        dashboard.energy = new Energy() {
            @Override
            public Metered site(long siteId) {
                return site;
            }

            @Override
            public List<EnergyPoint> energy(Metered metered, Instant from, Instant to, Resolution resolution) {
                energyRead.add(from + "/" + to + " " + resolution);
                return List.of();
            }

            @Override
            public ExportPoint siteExport(long siteId, Instant from, Instant to) {
                return null; // no device of the site reports an export counter
            }

            @Override
            public List<ExportPoint> siteExports(long siteId, Instant from, Instant to, Resolution resolution) {
                return List.of();
            }
        };
        dashboard.analytics = new Analytics() {
            @Override
            public ConsumptionAnalysis of(Metered metered, Instant from, Instant to) {
                analysed.add(from + "/" + to);
                PeriodTotals current = new PeriodTotals(from, to, null, null, null);
                return new ConsumptionAnalysis(VIENNA.getId(), null, new PeriodComparison(current, null, null, null, null,
                        null, null), null, null, null, null, List.of(), null);
            }
        };
        dashboard.statuses = new DeviceStatuses() {
            @Override
            public List<DeviceStatus> ofSite(long siteId) {
                return List.of(BOILER);
            }
        };
    }

    private DashboardSummary summaryAt(String now, Choice choice, LocalDate first, LocalDate last) {
        dashboard.clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return dashboard.summary(5, new DashboardPeriod.Request(choice, first, last));
    }

    @Test
    void todayIsTheSitesLocalDayByHoursAgainstYesterday() {
        // 23:30 UTC is already the next day in Vienna (UTC+1 in March before the switch)
        DashboardSummary summary = summaryAt("2026-03-26T23:30:00Z", Choice.TODAY, null, null);

        assertThat(summary.period()).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 28)));
        assertThat(analysed).containsExactly("2026-03-26T23:00:00Z/2026-03-27T23:00:00Z");
        assertThat(energyRead).containsExactly("2026-03-26T23:00:00Z/2026-03-27T23:00:00Z HOUR",
                "2026-03-25T23:00:00Z/2026-03-26T23:00:00Z HOUR");
        assertThat(summary.today()).isSameAs(summary.analysis().comparison().current());
        assertThat(summary.zone()).isEqualTo(VIENNA);
        assertThat(summary.devices()).containsExactly(BOILER);
    }

    @Test
    void aWeekByDaysAgainstTheWeekBeforeReadsTodaysTotalsApart() {
        DashboardSummary summary = summaryAt("2026-03-26T10:00:00Z", Choice.WEEK, null, null);

        assertThat(summary.period()).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30)));
        // the week ends on the day clocks go forward: 23 hours
        assertThat(analysed).containsExactly("2026-03-22T23:00:00Z/2026-03-29T22:00:00Z",
                "2026-03-25T23:00:00Z/2026-03-26T23:00:00Z");
        assertThat(energyRead).containsExactly("2026-03-22T23:00:00Z/2026-03-29T22:00:00Z DAY",
                "2026-03-15T23:00:00Z/2026-03-22T23:00:00Z DAY");
        assertThat(summary.today().from()).isEqualTo(Instant.parse("2026-03-25T23:00:00Z"));
    }

    @Test
    void aCustomPeriodRunsThroughItsLastDayAgainstAsManyDaysBefore() {
        DashboardSummary summary = summaryAt("2026-03-26T10:00:00Z", Choice.CUSTOM, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 10));

        assertThat(summary.period()).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11)));
        assertThat(energyRead).containsExactly("2026-02-28T23:00:00Z/2026-03-10T23:00:00Z DAY",
                "2026-02-18T23:00:00Z/2026-02-28T23:00:00Z DAY");
        assertThat(analysed).hasSize(2).last().isEqualTo("2026-03-25T23:00:00Z/2026-03-26T23:00:00Z");
    }
}
