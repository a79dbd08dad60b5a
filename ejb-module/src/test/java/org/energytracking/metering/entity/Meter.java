package org.energytracking.metering.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Readings for tests, on 2026-01-15 UTC unless a full instant is given. */
final class Meter {

    static final String DAY = "2026-01-15T";
    static final double EXACT = 1e-9;

    private Meter() {
    }

    /** "00:10" on the test day, or a full ISO instant. */
    static long at(String time) {
        return Instant.parse(time.length() == 5 ? DAY + time + ":00Z" : time).toEpochMilli();
    }

    static MeterSample energy(String time, double wh) {
        return new MeterSample(at(time), wh, null);
    }

    static MeterSample power(String time, double w) {
        return new MeterSample(at(time), null, w);
    }

    static MeterSample both(String time, double wh, double w) {
        return new MeterSample(at(time), wh, w);
    }

    static Replacement replacement(String time, double newCounterWh) {
        return new Replacement(at(time), newCounterWh);
    }

    static Consumption of(MeterSample... samples) {
        return Consumption.of(Arrays.asList(samples), List.of(), null);
    }

    static Interval known(String start, String end, double wh) {
        return new Interval(at(start), at(end), wh, true);
    }

    static Interval unknown(String start, String end) {
        return Interval.unknown(at(start), at(end));
    }

    /** The quarter hours in [from, to) of the test day. */
    static List<QuarterHour> quarters(Consumption consumption, String from, String to) {
        return consumption.quarterHours(at(from), at(to));
    }

    /** The quarter hours of the whole test day, including the one a closing reading falls into. */
    static List<QuarterHour> day(Consumption consumption) {
        return consumption.quarterHours(at("00:00"), at("00:00") + 86_400_000);
    }

    /** Local days with their length in hours: the 2026 DST changes of Berlin and New York and two plain days. */
    static Stream<Arguments> localDays() {
        return Stream.of(
                Arguments.of("Europe/Berlin", LocalDate.of(2026, 3, 29), 23),
                Arguments.of("Europe/Berlin", LocalDate.of(2026, 10, 25), 25),
                Arguments.of("America/New_York", LocalDate.of(2026, 3, 8), 23),
                Arguments.of("America/New_York", LocalDate.of(2026, 11, 1), 25),
                Arguments.of("Europe/Berlin", LocalDate.of(2026, 1, 15), 24),
                Arguments.of("Asia/Kolkata", LocalDate.of(2026, 3, 29), 24));
    }
}
