package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoadProfileTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long START = ZonedDateTime.of(2025, 3, 3, 0, 0, 0, 0, BERLIN).toInstant().toEpochMilli();
    private static final long MINUTE = 60_000;

    private static List<Reading> run(long seed, long start, long stepMs, long count) {
        LoadProfile profile = new LoadProfile(seed, BERLIN);
        List<Reading> readings = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            readings.add(profile.next(start + i * stepMs));
        }
        return readings;
    }

    private static double localHour(long ts) {
        ZonedDateTime t = Instant.ofEpochMilli(ts).atZone(BERLIN);
        return t.getHour() + t.getMinute() / 60.0;
    }

    @Test
    void energyCounterNeverDecreasesEvenWithIrregularSteps() {
        Random steps = new Random(7);
        for (long seed = 0; seed < 5; seed++) {
            LoadProfile profile = new LoadProfile(seed, BERLIN);
            long ts = START;
            double previous = -1;
            for (int i = 0; i < 20_000; i++) {
                ts += 1 + steps.nextInt(steps.nextBoolean() ? 50 : 600_000);
                Reading r = profile.next(ts);
                assertThat(r.energy()).isGreaterThanOrEqualTo(previous);
                previous = r.energy();
            }
        }
    }

    @Test
    void energyIsTheIntegralOfPowerInWattHours() {
        List<Reading> day = run(3, START, MINUTE, 24 * 60 + 1);
        double integral = 0;
        for (int i = 1; i < day.size(); i++) {
            integral += (day.get(i - 1).power() + day.get(i).power()) / 2 / 60; // W * (1/60 h)
        }
        double counted = day.get(day.size() - 1).energy() - day.get(0).energy();
        assertThat(counted).isCloseTo(integral, within(1e-6));
        assertThat(counted).as("a household uses a few kWh a day").isBetween(1_000.0, 30_000.0);
    }

    @Test
    void powerStaysInAPlausibleHouseholdRangeAndHasApplianceSpikes() {
        for (long seed = 0; seed < 5; seed++) {
            List<Reading> week = run(seed, START, 30_000, 7 * 24 * 120);
            double min = week.stream().mapToDouble(Reading::power).min().orElseThrow();
            double max = week.stream().mapToDouble(Reading::power).max().orElseThrow();
            long spikes = week.stream().filter(r -> r.power() > 1_500).count();
            assertThat(min).isGreaterThan(10);
            assertThat(max).isLessThan(8_000).isGreaterThan(1_500);
            assertThat(spikes).as("spikes are occasional").isLessThan(week.size() / 10);
        }
    }

    @Test
    void nightIsLowerThanTheEveningPeakOnAverage() {
        for (long seed = 0; seed < 5; seed++) {
            List<Reading> twoWeeks = run(seed, START, MINUTE, 14 * 24 * 60);
            double night = twoWeeks.stream().filter(r -> localHour(r.ts()) >= 2 && localHour(r.ts()) < 4)
                    .mapToDouble(Reading::power).average().orElseThrow();
            double evening = twoWeeks.stream().filter(r -> localHour(r.ts()) >= 18 && localHour(r.ts()) < 21)
                    .mapToDouble(Reading::power).average().orElseThrow();
            double morning = twoWeeks.stream().filter(r -> localHour(r.ts()) >= 6.5 && localHour(r.ts()) < 8)
                    .mapToDouble(Reading::power).average().orElseThrow();
            assertThat(evening).isGreaterThan(2 * night);
            assertThat(morning).isGreaterThan(night);
        }
    }

    @Test
    void voltageCurrentAndTemperatureAreConsistentAndRealistic() {
        List<Reading> week = run(11, START, 5 * MINUTE, 7 * 24 * 12);
        for (Reading r : week) {
            assertThat(r.voltage()).isBetween(207.0, 253.0);
            assertThat(r.current() * r.voltage()).isCloseTo(r.power(), within(1e-6));
            assertThat(r.temperature()).isBetween(20.0, 25.0);
        }
        double minT = week.stream().mapToDouble(Reading::temperature).min().orElseThrow();
        double maxT = week.stream().mapToDouble(Reading::temperature).max().orElseThrow();
        assertThat(maxT - minT).as("temperature follows the day").isGreaterThan(1);
        assertThat(week.stream().mapToDouble(Reading::voltage).distinct().count()).isGreaterThan(100);
    }

    @Test
    void activityHasMorningAndLargerEveningPeaks() {
        assertThat(LoadProfile.activity(3)).isLessThan(0.1);
        assertThat(LoadProfile.activity(7.25)).isGreaterThan(0.9);
        assertThat(LoadProfile.activity(19)).isGreaterThan(LoadProfile.activity(7.25));
        assertThat(LoadProfile.activity(13)).isBetween(0.2, 0.5);
    }

    @Test
    void sameSeedGivesTheSameReadings() {
        assertThat(run(42, START, MINUTE, 500)).isEqualTo(run(42, START, MINUTE, 500));
        assertThat(run(42, START, MINUTE, 500)).isNotEqualTo(run(43, START, MINUTE, 500));
    }

    @Test
    void rejectsTimeGoingBackwards() {
        LoadProfile profile = new LoadProfile(1, BERLIN);
        profile.next(START);
        assertThatThrownBy(() -> profile.next(START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile.next(START - 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void continuesASavedCounter() {
        LoadProfile profile = new LoadProfile(1, BERLIN).startingAt(123_456.0);
        assertThat(profile.next(START).energy()).isEqualTo(123_456.0);
        assertThat(profile.next(START + MINUTE).energy()).isGreaterThan(123_456.0);
        assertThatThrownBy(() -> profile.startingAt(0)).isInstanceOf(IllegalStateException.class);
    }
}
