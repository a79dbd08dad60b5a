package org.energytracking.metering.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaleRangeTest {

    private static StaleRange day(long device, long day) {
        return new StaleRange(device, day, day * 86_400_000L + 10, day * 86_400_000L + 20, 0);
    }

    @Test
    void consecutiveDaysOfOneDeviceFormOneRun() {
        List<StaleRange> ranges = List.of(day(7, 100), day(7, 101), day(7, 102));
        assertEquals(ranges, StaleRange.leadingRun(ranges));
    }

    @Test
    void aGapEndsTheRun() {
        assertEquals(List.of(day(7, 100), day(7, 101)),
                StaleRange.leadingRun(List.of(day(7, 100), day(7, 101), day(7, 103), day(7, 104))));
    }

    @Test
    void anotherDeviceEndsTheRun() {
        assertEquals(List.of(day(7, 100)), StaleRange.leadingRun(List.of(day(7, 100), day(8, 101))));
    }

    @Test
    void nothingStaleIsAnEmptyRun() {
        assertEquals(List.of(), StaleRange.leadingRun(List.of()));
    }
}
