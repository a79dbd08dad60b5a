package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.metering.entity.Meter.at;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuarterHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long hourStart(String quarterStart, ZoneId zone) {
        return QuarterHours.hourStart(at(quarterStart), zone);
    }

    @Test
    void floorRoundsDownToTheUtcQuarterHour() {
        assertThat(QuarterHours.floor(at("2026-01-15T00:29:59.999Z"))).isEqualTo(at("00:15"));
        assertThat(QuarterHours.floor(at("00:30"))).isEqualTo(at("00:30"));
        assertThat(QuarterHours.floor(-1)).isEqualTo(-QuarterHour.MILLIS);
    }

    @Test
    void hourStartInUtcIsTheUtcHour() {
        assertThat(QuarterHours.hourStart(at("13:45"), ZoneOffset.UTC)).isEqualTo(at("13:00"));
    }

    @Test
    void fallBackNightInBerlinHasTwoDistinctTwoOClockHours() {
        // 00:00Z = 02:00 CEST, 01:00Z = 02:00 CET
        assertThat(hourStart("2026-10-24T23:45:00Z", BERLIN)).isEqualTo(at("2026-10-24T23:00:00Z"));
        assertThat(hourStart("2026-10-25T00:00:00Z", BERLIN)).isEqualTo(at("2026-10-25T00:00:00Z"));
        assertThat(hourStart("2026-10-25T00:45:00Z", BERLIN)).isEqualTo(at("2026-10-25T00:00:00Z"));
        assertThat(hourStart("2026-10-25T01:00:00Z", BERLIN)).isEqualTo(at("2026-10-25T01:00:00Z"));
        assertThat(hourStart("2026-10-25T01:45:00Z", BERLIN)).isEqualTo(at("2026-10-25T01:00:00Z"));
    }

    @Test
    void springForwardNightInBerlinGoesFromOneToThreeOClock() {
        // 00:45Z = 01:45 CET, 01:00Z = 03:00 CEST
        assertThat(hourStart("2026-03-29T00:45:00Z", BERLIN)).isEqualTo(at("2026-03-29T00:00:00Z"));
        assertThat(hourStart("2026-03-29T01:00:00Z", BERLIN)).isEqualTo(at("2026-03-29T01:00:00Z"));
    }

    @Test
    void newYorkHoursAroundBothChanges() {
        // 06:45Z = 01:45 EST, 07:00Z = 03:00 EDT
        assertThat(hourStart("2026-03-08T06:45:00Z", NEW_YORK)).isEqualTo(at("2026-03-08T06:00:00Z"));
        assertThat(hourStart("2026-03-08T07:00:00Z", NEW_YORK)).isEqualTo(at("2026-03-08T07:00:00Z"));
        // 05:30Z = 01:30 EDT, 06:30Z = 01:30 EST: the repeated 01:00 hour
        assertThat(hourStart("2026-11-01T05:30:00Z", NEW_YORK)).isEqualTo(at("2026-11-01T05:00:00Z"));
        assertThat(hourStart("2026-11-01T06:30:00Z", NEW_YORK)).isEqualTo(at("2026-11-01T06:00:00Z"));
    }

    @Test
    void kolkataHoursStartAtHalfPastInUtc() {
        // +05:30: 04:45Z = 10:15 IST → 10:00 IST = 04:30Z; 04:15Z = 09:45 IST → 09:00 IST = 03:30Z
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        assertThat(hourStart("04:45", kolkata)).isEqualTo(at("04:30"));
        assertThat(hourStart("04:30", kolkata)).isEqualTo(at("04:30"));
        assertThat(hourStart("04:15", kolkata)).isEqualTo(at("03:30"));
    }

    @Test
    void kathmanduHoursStartAtQuarterPastInUtc() {
        // +05:45: 04:45Z = 10:30 NPT → 10:00 NPT = 04:15Z
        assertThat(hourStart("04:45", ZoneId.of("Asia/Kathmandu"))).isEqualTo(at("04:15"));
    }

    @Test
    void localDayFollowsTheZone() {
        // Berlin midnight of 2026-03-29 is 23:00Z the day before (CET)
        assertThat(QuarterHours.localDay(at("2026-03-28T22:45:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(QuarterHours.localDay(at("2026-03-28T23:00:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 3, 29));
        // 2026-11-02T04:45Z = 23:45 EST on 1 November
        assertThat(QuarterHours.localDay(at("2026-11-02T04:45:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(QuarterHours.localDay(at("2026-11-02T05:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
