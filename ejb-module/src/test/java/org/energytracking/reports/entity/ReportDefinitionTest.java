package org.energytracking.reports.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDefinitionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant MADE = Instant.parse("2026-11-03T10:00:00Z");

    private static ReportDefinition daily(LocalDate first) {
        ReportDraft draft = new ReportDraft("Home", Cadence.DAILY, LocalTime.of(6, 0), List.of(ReportFormat.PDF),
                List.of(), List.of(7L), List.of(), List.of(Section.TOTALS), true, null);
        return new ReportDefinition(7, 1, draft, ReportPeriod.containing(Cadence.DAILY, first), BERLIN, MADE);
    }

    @Test
    void nothingIsDueBeforeTheDeliveryTimeOnTheDayAfter() {
        ReportDefinition definition = daily(LocalDate.of(2026, 11, 3));
        assertThat(definition.planDue(BERLIN, Instant.parse("2026-11-04T04:59:59Z"))).isEmpty();
        assertThat(definition.planDue(BERLIN, Instant.parse("2026-11-04T05:00:00Z"))).extracting(ReportPeriod::key)
                .containsExactly("2026-11-03");
    }

    @Test
    void missedPeriodsArePlannedOnceEachOldestFirst() {
        ReportDefinition definition = daily(LocalDate.of(2026, 11, 3));
        Instant afterDowntime = Instant.parse("2026-11-07T09:00:00Z");
        assertThat(definition.planDue(BERLIN, afterDowntime)).extracting(ReportPeriod::key)
                .containsExactly("2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06");
        assertThat(definition.planDue(BERLIN, afterDowntime)).isEmpty();
        assertThat(definition.nextPeriodStart()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(definition.nextDueAt()).as("7 Nov at 06:00 in Berlin is due on the 8th").isEqualTo(Instant.parse("2026-11-08T05:00:00Z"));
    }

    @Test
    void aLongDowntimeIsCaughtUpInBoundedRounds() {
        ReportDefinition definition = daily(LocalDate.of(2026, 1, 1));
        Instant now = Instant.parse("2026-11-07T09:00:00Z");
        assertThat(definition.planDue(BERLIN, now)).hasSize(ReportDefinition.MAX_PLANNED_PER_ROUND);
        assertThat(definition.planDue(BERLIN, now).get(0).key()).isEqualTo("2026-02-20");
    }

    @Test
    void aDisabledDefinitionPlansNothing() {
        ReportDefinition definition = new ReportDefinition(7, 1, new ReportDraft("Off", Cadence.MONTHLY, LocalTime.of(6, 0),
                List.of(ReportFormat.CSV), List.of(), List.of(), List.of(), List.of(), false, 1000L),
                ReportPeriod.parse(Cadence.MONTHLY, "2026-01"), BERLIN, MADE);
        assertThat(definition.planDue(BERLIN, MADE)).isEmpty();
    }

    @Test
    void theAuditTrailSaysWhichFieldsChangedFromWhatToWhat() {
        ReportDefinition definition = daily(LocalDate.of(2026, 11, 3));
        java.util.Map<String, String> before = definition.described();
        definition.change(new ReportDraft("House", Cadence.DAILY, LocalTime.of(7, 30), List.of(ReportFormat.PDF), List.of(), List.of(7L),
                List.of(), List.of(Section.TOTALS), false, null), BERLIN, MADE);
        assertThat(ReportDefinition.changes(before, definition.described())).isEqualTo("name: Home → House; delivery_time: 06:00 → 07:30; enabled: true → false");
        assertThat(ReportDefinition.changes(definition.described(), definition.described())).isEmpty();
    }

    @Test
    void itsOwnAttachmentLimitNeverExceedsThePlatformsAndNoneIsThePlatforms() {
        ReportDefinition small = new ReportDefinition(7, 1, new ReportDraft("Small", Cadence.MONTHLY, LocalTime.of(6, 0),
                List.of(ReportFormat.CSV), List.of(), List.of(), List.of(), List.of(), true, 1000L),
                ReportPeriod.parse(Cadence.MONTHLY, "2026-01"), BERLIN, MADE);
        assertThat(small.attachmentLimit(5_000)).isEqualTo(1000);
        assertThat(small.attachmentLimit(500)).as("the platform's lower limit wins").isEqualTo(500);
        assertThat(daily(LocalDate.of(2026, 11, 3)).attachmentLimit(5_000)).isEqualTo(5_000);
    }
}
