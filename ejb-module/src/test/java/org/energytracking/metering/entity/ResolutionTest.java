package org.energytracking.metering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void apiNamesParseBack() {
        assertThat(Resolution.values()).extracting(Resolution::apiName).containsExactly("15m", "hour", "day", "month");
        for (Resolution resolution : Resolution.values()) {
            assertThat(Resolution.parse(resolution.apiName())).isEqualTo(resolution);
        }
    }

    @Test
    void unknownNamesAreRejectedNamingTheAllowedOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Resolution.parse("week"))
                .withMessageContaining("'week'").withMessageContaining("15m, hour, day, month");
        assertThatIllegalArgumentException().isThrownBy(() -> Resolution.parse(null));
    }

    @Test
    void floorFindsTheStartOfTheLocalBucket() {
        assertThat(Resolution.QUARTER_HOUR.floor(t("2026-03-29T01:07:30.5Z"), BERLIN)).isEqualTo(t("2026-03-29T01:00:00Z"));
        // 01:30Z = 02:30 CET (the second 02:00 hour), 00:30Z = 02:30 CEST (the first)
        assertThat(Resolution.HOUR.floor(t("2026-10-25T01:30:00Z"), BERLIN)).isEqualTo(t("2026-10-25T01:00:00Z"));
        assertThat(Resolution.HOUR.floor(t("2026-10-25T00:30:00Z"), BERLIN)).isEqualTo(t("2026-10-25T00:00:00Z"));
        // Berlin midnight of 29 March is 23:00Z (CET)
        assertThat(Resolution.DAY.floor(t("2026-03-29T10:00:00Z"), BERLIN)).isEqualTo(t("2026-03-28T23:00:00Z"));
        // 22:30Z on 31 March = 00:30 CEST on 1 April, whose midnight is 22:00Z
        assertThat(Resolution.MONTH.floor(t("2026-03-31T22:30:00Z"), BERLIN)).isEqualTo(t("2026-03-31T22:00:00Z"));
        assertThat(Resolution.MONTH.floor(t("2026-03-31T21:30:00Z"), BERLIN)).isEqualTo(t("2026-02-28T23:00:00Z"));
    }

    @Test
    void aDstDayIsTwentyThreeOrTwentyFiveHoursLong() {
        assertThat(Resolution.DAY.next(t("2026-03-28T23:00:00Z"), BERLIN)).isEqualTo(t("2026-03-29T22:00:00Z"));
        assertThat(Resolution.DAY.next(t("2026-10-24T22:00:00Z"), BERLIN)).isEqualTo(t("2026-10-25T23:00:00Z"));
        assertThat(Resolution.DAY.next(t("2026-03-08T05:00:00Z"), NEW_YORK)).isEqualTo(t("2026-03-09T04:00:00Z"));
        assertThat(Resolution.DAY.next(t("2026-11-01T04:00:00Z"), NEW_YORK)).isEqualTo(t("2026-11-02T05:00:00Z"));
    }

    @Test
    void monthBucketsAcrossDstChangesFollowLocalMidnight() {
        // from mid-February to early May: Feb, Mar, Apr, May; the change on 29 March shortens March by an hour
        var buckets = Resolution.MONTH.buckets(t("2026-02-15T00:00:00Z"), t("2026-05-02T00:00:00Z"), BERLIN);
        assertThat(buckets).extracting(Bucket::start).containsExactly(t("2026-01-31T23:00:00Z"),
                t("2026-02-28T23:00:00Z"), t("2026-03-31T22:00:00Z"), t("2026-04-30T22:00:00Z"));
        assertThat(buckets.get(3).end()).isEqualTo(t("2026-05-31T22:00:00Z"));
        // 31 * 24 - 1 = 743 hours; April 30 * 24 = 720
        assertThat(buckets).extracting(Bucket::length).containsExactly(Duration.ofHours(28 * 24),
                Duration.ofHours(743), Duration.ofHours(720), Duration.ofHours(744));
        assertThat(buckets).allSatisfy(b -> assertThat(b.localStart(BERLIN).getDayOfMonth()).isEqualTo(1));
    }

    @Test
    void octoberInBerlinAndNovemberInNewYorkHaveAnHourMore() {
        // 31 * 24 + 1 = 745; 30 * 24 + 1 = 721
        assertThat(Resolution.MONTH.buckets(t("2026-10-10T00:00:00Z"), t("2026-10-11T00:00:00Z"), BERLIN))
                .singleElement().extracting(Bucket::length).isEqualTo(Duration.ofHours(745));
        assertThat(Resolution.MONTH.buckets(t("2026-11-10T00:00:00Z"), t("2026-11-11T00:00:00Z"), NEW_YORK))
                .singleElement().extracting(Bucket::length).isEqualTo(Duration.ofHours(721));
    }

    @Test
    void hourBucketsInKolkataStartAtHalfPastInUtc() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        var buckets = Resolution.HOUR.buckets(t("2026-01-15T00:00:00Z"), t("2026-01-15T03:00:00Z"), kolkata);
        // 00:00Z = 05:30 IST, floored to 05:00 IST = 23:30Z the day before
        assertThat(buckets).extracting(Bucket::start).containsExactly(t("2026-01-14T23:30:00Z"),
                t("2026-01-15T00:30:00Z"), t("2026-01-15T01:30:00Z"), t("2026-01-15T02:30:00Z"));
        assertThat(buckets).allSatisfy(b -> assertThat(b.localStart(kolkata).getMinute()).isZero());
        // Kolkata's midnight is 18:30Z
        assertThat(Resolution.DAY.floor(t("2026-01-15T00:00:00Z"), kolkata)).isEqualTo(t("2026-01-14T18:30:00Z"));
    }

    @Test
    void bucketsStartAtTheFlooredFromAndCoverTo() {
        var buckets = Resolution.HOUR.buckets(t("2026-01-15T10:20:00Z"), t("2026-01-15T12:10:00Z"), BERLIN);
        assertThat(buckets).extracting(Bucket::start).containsExactly(t("2026-01-15T10:00:00Z"),
                t("2026-01-15T11:00:00Z"), t("2026-01-15T12:00:00Z"));
        assertThat(buckets.get(2).end()).isEqualTo(t("2026-01-15T13:00:00Z"));
        assertThat(buckets.get(0).contains(t("2026-01-15T10:59:59Z"))).isTrue();
        assertThat(buckets.get(0).contains(t("2026-01-15T11:00:00Z"))).isFalse();
    }

    @Test
    void anEmptyRangeHasNoBuckets() {
        assertThat(Resolution.DAY.buckets(t("2026-01-15T10:00:00Z"), t("2026-01-15T10:00:00Z"), BERLIN)).isEmpty();
        assertThat(Resolution.DAY.buckets(t("2026-01-15T10:00:00Z"), t("2026-01-15T09:00:00Z"), BERLIN)).isEmpty();
    }
}
