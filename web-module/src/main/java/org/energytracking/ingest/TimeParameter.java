package org.energytracking.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.energytracking.kernel.Problem;

/** A from/to query parameter: epoch ms, an ISO instant or offset date-time, or a local date in the device's zone. */
public final class TimeParameter {

    private TimeParameter() {
    }

    public static long parse(String field, String value, ZoneId zone, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.trim();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(text);
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            if (text.endsWith("Z")) {
                return Instant.parse(text).toEpochMilli();
            }
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw Problem.invalid(field, field + " must be epoch milliseconds, an ISO-8601 instant such as "
                    + "2026-11-27T10:00:00Z, or a date such as 2026-11-27; got '" + text + "'");
        }
    }
}
