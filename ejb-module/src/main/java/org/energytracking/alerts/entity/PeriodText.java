package org.energytracking.alerts.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an anomaly or base-load alert says: "Tuesday 02:00–03:00 used 640 Wh, usually 180 Wh (3.6×)",
 * "night-time base load 130 W, usually 100 W (+30 W)", and its figures as the API's {@code details}.
 */
record PeriodText(Alert alert) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    String describe(ZoneId zone, Instant now) {
        String said = alert.type() == RuleType.ANOMALY ? unusual(zone, now) : creep(zone);
        return alert.note() == null ? said : said + " (" + alert.note() + ")";
    }

    String headline() {
        String what = alert.type() == RuleType.BASE_LOAD ? "night-time base load creeping up"
                : alert.observed() < alert.expected() ? "unusually low consumption" : "unusual consumption";
        return alert.subjectName() + ": " + what + (alert.state() == AlertState.RESOLVED ? " (resolved)" : "");
    }

    private String unusual(ZoneId zone, Instant now) {
        double ratio = alert.expected() > 0 ? alert.observed() / alert.expected() : 0;
        String times = alert.expected() > 0 ? " (" + String.format(Locale.ENGLISH, "%.1f", ratio) + "×)" : "";
        return span(zone, now) + " used " + AlertText.number(alert.observed()) + " Wh, usually " + AlertText.number(alert.expected()) + " Wh" + times;
    }

    private String creep(ZoneId zone) {
        long rise = Math.round(alert.observed() - alert.expected());
        return "night-time base load " + AlertText.number(alert.observed()) + " W in the week to " + DATE.format(end().atZone(zone))
                + ", usually " + AlertText.number(alert.expected()) + " W (+" + rise + " W)";
    }

    /** "Tuesday 02:00–03:00", "Tuesday 23:00–Wednesday 02:00", with the date once it is a week or more ago. */
    private String span(ZoneId zone, Instant now) {
        ZonedDateTime from = alert.since().atZone(zone);
        ZonedDateTime to = end().atZone(zone);
        String day = DAY.format(from) + (Duration.between(alert.since(), now).toDays() >= 6 ? " " + DATE.format(from) : "");
        boolean sameDay = from.toLocalDate().equals(to.minusNanos(1).toLocalDate());
        return day + " " + CLOCK.format(from) + "–" + (sameDay ? "" : DAY.format(to) + " ") + CLOCK.format(to);
    }

    private Instant end() {
        return alert.periodEnd() == null ? alert.since() : alert.periodEnd();
    }

    /** The API's {@code details}: period_start, period_end, and expected_wh/actual_wh or baseline_w/actual_w. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("period_start", alert.since().toString());
        details.put("period_end", end().toString());
        boolean creep = alert.type() == RuleType.BASE_LOAD;
        details.put(creep ? "baseline_w" : "expected_wh", Math.round(alert.expected() * 10) / 10.0);
        details.put(creep ? "actual_w" : "actual_wh", Math.round(alert.observed() * 10) / 10.0);
        if (alert.note() != null) {
            details.put("note", alert.note());
        }
        return details;
    }
}
