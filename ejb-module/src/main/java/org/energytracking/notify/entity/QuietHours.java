package org.energytracking.notify.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A daily span in the user's zone (22:00 to 07:00 crosses midnight) during which non-critical notifications
 * are held, then sent together when it ends. Local times that a clock change skips or repeats resolve as
 * {@link ZonedDateTime#of} does (the later offset for a gap), so a held notification is never lost.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public boolean crossesMidnight() {
        return to.isBefore(from);
    }

    public boolean covers(LocalTime time) {
        if (from.equals(to)) {
            return false;
        }
        return crossesMidnight() ? !time.isBefore(from) || time.isBefore(to) : !time.isBefore(from) && time.isBefore(to);
    }

    /** When a notification due at {@code now} may go: empty if at once, else the end of the quiet span. */
    public Optional<Instant> holdUntil(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!covers(local.toLocalTime())) {
            return Optional.empty();
        }
        LocalDate endDay = crossesMidnight() && !local.toLocalTime().isBefore(from) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return Optional.of(ZonedDateTime.of(endDay, to, zone).toInstant());
    }
}
