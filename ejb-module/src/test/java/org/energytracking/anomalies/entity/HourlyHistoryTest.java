package org.energytracking.anomalies.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class HourlyHistoryTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long HOUR = 3_600_000L;

    /** Every hour of [from, from + days) with the energy {@code wh} gives its local time (NaN: unknown). */
    static Map<Long, Double> hours(String from, int days, ToDoubleFunction<ZonedDateTime> wh) {
        Map<Long, Double> hours = new TreeMap<>();
        long start = Instant.parse(from).toEpochMilli();
        for (long t = start; t < start + days * 24 * HOUR; t += HOUR) {
            double value = wh.applyAsDouble(Instant.ofEpochMilli(t).atZone(BERLIN));
            if (!Double.isNaN(value)) {
                hours.put(t, value);
            }
        }
        return hours;
    }

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void noVerdictBeforeFourteenDaysOfHistory() {
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 30, t -> 100));
        // the first hour is 2026-01-05 00:00 local; 13 days and 23 hours later it is still learning
        assertThat(history.judge(at("2026-01-18T22:00:00Z"), Sensitivity.DEFAULT, Set.of()).kind()).isEqualTo(Verdict.Kind.LEARNING);
        assertThat(history.judge(at("2026-01-18T23:00:00Z"), Sensitivity.DEFAULT, Set.of()).kind()).isEqualTo(Verdict.Kind.USUAL);
    }

    @Test
    void unknownHoursNeverCountAsZero() {
        // every weekday 03:00 of the first two weeks is unknown (NaN), not 0 Wh
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 21, t -> t.getHour() == 3
                && t.getDayOfMonth() < 17 ? Double.NaN : 200));
        Robust baseline = history.baseline(at("2026-01-22T02:00:00Z"), Set.of()); // Thursday 22 Jan, 03:00 local
        assertThat(baseline.median()).isEqualTo(200);
        assertThat(baseline.samples()).isEqualTo(3); // Monday 19 to Wednesday 21; the eight weekdays before are unknown
        assertThat(history.judge(at("2026-01-05T02:00:00Z"), Sensitivity.DEFAULT, Set.of())).isNull();
    }

    @Test
    void weekdaysShareAProfileAndWeekendsAnother() {
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 28, t -> t.getDayOfWeek().getValue() >= 6 ? 500 : 100));
        assertThat(history.baseline(at("2026-02-01T09:00:00Z"), Set.of()).median()).isEqualTo(500); // Sunday 10:00
        Robust weekday = history.baseline(at("2026-02-02T09:00:00Z"), Set.of()); // Monday 10:00
        assertThat(weekday.median()).isEqualTo(100);
        assertThat(weekday.samples()).isEqualTo(20);
    }

    @Test
    void baselineReachesBackEightWeeksOnly() {
        // 10 weeks at 100 Wh, then the weeks 3 to 10 at 300 Wh: a Monday of week 11 sees only the 300s
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 70, t -> t.getDayOfYear() < 19 ? 100 : 300));
        assertThat(history.baseline(at("2026-03-16T09:00:00Z"), Set.of()).median()).isEqualTo(300);
        assertThat(history.baseline(at("2026-03-16T09:00:00Z"), Set.of()).samples()).isEqualTo(40);
    }

    @Test
    void twentyFiveHourDayJudgesBothTwoOClockHoursAgainstTheUsualTwoOClock() {
        // Sunday 25 October 2026: 02:00 CEST (00:00 UTC) and 02:00 CET (01:00 UTC); 02:00 is 80 Wh on weekends
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-08-30T22:00:00Z", 57, t -> t.getHour() == 2 ? 80 : 20));
        assertThat(ProfileSlot.of(Instant.parse("2026-10-25T00:00:00Z"), BERLIN)).isEqualTo(new ProfileSlot(true, 2));
        assertThat(ProfileSlot.of(Instant.parse("2026-10-25T01:00:00Z"), BERLIN)).isEqualTo(new ProfileSlot(true, 2));
        assertThat(history.judge(at("2026-10-25T00:00:00Z"), Sensitivity.DEFAULT, Set.of()).expectedWh()).isEqualTo(80);
        assertThat(history.judge(at("2026-10-25T01:00:00Z"), Sensitivity.DEFAULT, Set.of()).expectedWh()).isEqualTo(80);
        // the day has 25 hours, all known
        assertThat(history.scan(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"), Sensitivity.DEFAULT, new HashSet<>())).hasSize(25);
    }

    @Test
    void twentyThreeHourDayHasNoTwoOClockAndTheNextSundayMissesNothingElse() {
        // Sunday 29 March 2026 skips 02:00; the weekend 02:00 slot of the next Sunday has one value fewer
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-03-01T23:00:00Z", 35, t -> 60));
        assertThat(history.scan(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"), Sensitivity.DEFAULT, new HashSet<>()))
                .hasSize(23).noneMatch(h -> Instant.ofEpochMilli(h.start()).atZone(BERLIN).getHour() == 2);
        // weekend days 7/8, 14/15, 21/22, 28/29 March and 4 April before 5 April 02:00 (00:00 UTC): 9 days, less the 29th
        assertThat(history.baseline(at("2026-04-05T00:00:00Z"), Set.of()).samples()).isEqualTo(8);
        // 03:00 on the 29th is there, and is usual
        assertThat(history.judge(at("2026-03-29T01:00:00Z"), Sensitivity.DEFAULT, Set.of()).kind()).isEqualTo(Verdict.Kind.USUAL);
    }

    @Test
    void anAnomalyIsLeftOutOfLaterBaselines() {
        // weekdays 02:00 use 180 Wh with a spread; on Tuesday 20 Jan 02:00 the heater ran: 640 Wh
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 28, t -> t.getHour() != 2 ? 100
                : t.getDayOfMonth() == 20 ? 640 : 170 + (t.getDayOfMonth() % 3) * 10));
        Set<Long> leftOut = new HashSet<>();
        List<HourVerdict> verdicts = history.scan(at("2026-01-19T23:00:00Z"), at("2026-01-31T23:00:00Z"), Sensitivity.DEFAULT, leftOut);
        List<UnusualRun> runs = UnusualRun.of(verdicts);
        assertThat(runs).containsExactly(new UnusualRun(at("2026-01-20T01:00:00Z"), at("2026-01-20T02:00:00Z"), Verdict.Kind.HIGH, 640, 180));
        assertThat(leftOut).containsExactly(at("2026-01-20T01:00:00Z"));
        assertThat(history.baseline(at("2026-01-27T01:00:00Z"), leftOut).samples())
                .isEqualTo(history.baseline(at("2026-01-27T01:00:00Z"), Set.of()).samples() - 1);
    }

    @Test
    void aChangeThatLastsBecomesUsualOnceItFillsHalfTheWindow() {
        // 100 Wh an hour for three weeks, then 400 from Monday 26 January on
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 63, t -> t.getDayOfYear() < 26 ? 100 : 400));
        Set<Long> leftOut = new HashSet<>();
        List<HourVerdict> verdicts = history.scan(at("2026-01-25T23:00:00Z"), at("2026-03-08T23:00:00Z"), Sensitivity.DEFAULT, leftOut);
        assertThat(verdicts.get(10).verdict().kind()).isEqualTo(Verdict.Kind.HIGH);
        // weekdays: 15 days at 100 before the change; the 400s fill half the slot after 15 weekdays more
        assertThat(history.judge(at("2026-02-16T09:00:00Z"), Sensitivity.DEFAULT, leftOut).kind()).isEqualTo(Verdict.Kind.USUAL);
        assertThat(verdicts.get(verdicts.size() - 1).verdict().kind()).isEqualTo(Verdict.Kind.USUAL);
    }

    @Test
    void aSlotWhoseValuesHappenToBeCloseGetsTheDevicesUsualRelativeSpread() {
        // every hour 90, 100 or 110 Wh (a slot's MAD 0 or 10 %), but weekday 10:00 exactly 1,000 Wh every day (MAD 0)
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 28, t -> t.getHour() == 10
                && t.getDayOfWeek().getValue() < 6 ? 1000 : 90 + 10 * (t.getDayOfMonth() % 3)));
        Robust tenOClock = history.baseline(at("2026-02-02T09:00:00Z"), Set.of());
        assertThat(tenOClock.median()).isEqualTo(1000);
        assertThat(tenOClock.mad()).as("the median of the slots' MAD / median, 5 % here, times 1,000 Wh").isEqualTo(50);
        // 1,080 Wh is 8 % more: within 5 × 1.4826 × 50, where a MAD of 0 would leave only the 50 Wh floor
        assertThat(Verdict.judge(tenOClock, 1080, Sensitivity.DEFAULT).kind()).isEqualTo(Verdict.Kind.USUAL);
    }

    @Test
    void consecutiveUnusualHoursAreOneRun() {
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 28, t -> t.getDayOfMonth() == 28
                && t.getHour() < 3 ? 1000 : 100));
        List<UnusualRun> runs = UnusualRun.of(history.scan(at("2026-01-27T23:00:00Z"), at("2026-01-28T23:00:00Z"),
                Sensitivity.DEFAULT, new HashSet<>()));
        assertThat(runs).containsExactly(new UnusualRun(at("2026-01-27T23:00:00Z"), at("2026-01-28T02:00:00Z"), Verdict.Kind.HIGH, 3000, 300));
    }

    @Test
    void nightBaseLoadCreepsWhenUpMoreThanTwentyPercentAndTwentyWatts() {
        // nights at 100 W for five weeks, then 130 W in the last week: +30 W, +30 %
        HourlyHistory creeping = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 42, t -> t.getDayOfYear() > 35 ? 130 : 100));
        NightBaseLoad load = creeping.nightBaseLoad(at("2026-02-15T23:00:00Z"));
        assertThat(load).isEqualTo(new NightBaseLoad(100.0, 130.0));
        assertThat(load.crept()).isTrue();
        // +15 W on 100 W is neither
        assertThat(new NightBaseLoad(100.0, 115.0).crept()).isFalse();
        // +30 W on 200 W is not 20 %
        assertThat(new NightBaseLoad(200.0, 230.0).crept()).isFalse();
    }

    @Test
    void nightBaseLoadNeedsThreeKnownWeeksBefore() {
        HourlyHistory young = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 21, t -> 100));
        assertThat(young.nightBaseLoad(at("2026-01-25T23:00:00Z")).known()).isFalse();
    }

    @Test
    void profileHasEverySlotLessTheUnusualHours() {
        HourlyHistory history = new HourlyHistory(BERLIN, hours("2026-01-04T23:00:00Z", 28, t -> t.getDayOfWeek().getValue() >= 6 ? 500 : 100));
        Map<Integer, Robust> profile = history.profile(at("2026-02-01T23:00:00Z"), Set.of(at("2026-01-05T09:00:00Z")));
        assertThat(profile).hasSize(48);
        assertThat(profile.get(10)).isEqualTo(new Robust(100, 0, 19)); // weekday 10:00, one hour left out of 20
        assertThat(profile.get(24 + 10)).isEqualTo(new Robust(500, 0, 8));
        HourlyHistory empty = new HourlyHistory(BERLIN, Map.of());
        assertThat(empty.profile(at("2026-02-01T23:00:00Z"), Set.of())).hasSize(48).containsEntry(0, new Robust(0, 0, 0));
    }
}
