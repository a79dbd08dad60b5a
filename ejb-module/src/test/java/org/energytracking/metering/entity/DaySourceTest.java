package org.energytracking.metering.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DaySourceTest {

    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    private static DaySource of(String device, String days) {
        return DaySource.of(ZoneId.of(device), ZoneId.of(days), FROM, TO);
    }

    @Test
    void aDeviceInTheSitesZoneKeepsItsStoredDays() {
        assertEquals(DaySource.DAYS, of("Europe/Berlin", "Europe/Berlin"));
        assertEquals(DaySource.DAYS, of("UTC", "Etc/UTC"));
    }

    @Test
    void aDeviceWholeHoursAwayIsSummedFromItsHours() {
        assertEquals(DaySource.HOURS, of("Europe/Berlin", "UTC"));
        assertEquals(DaySource.HOURS, of("America/New_York", "Europe/Berlin"));
    }

    @Test
    void aDeviceAFractionOfAnHourAwayIsSummedFromItsQuarterHours() {
        assertEquals(DaySource.QUARTERS, of("Asia/Kolkata", "UTC"));
        assertEquals(DaySource.QUARTERS, of("Asia/Kathmandu", "Asia/Kolkata"));
    }
}
