package org.energytracking.tariffs.entity;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.energytracking.kernel.Problem;

/**
 * Days of the week as a rate window names them: {@code MON-FRI}, {@code SAT,SUN},
 * {@code MON,WED-FRI} or {@code ALL}, in any case. A range runs forwards within one week
 * (MON to SUN), so {@code FRI-MON} is refused rather than guessed at; write {@code MON,FRI-SUN}.
 */
public final class Days {

    private static final String[] NAMES = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    private Days() {
    }

    /** The text as stored and shown: upper case without blanks, e.g. {@code MON-FRI}. */
    public static String normalise(String text, String field) {
        String normal = clean(text);
        parse(normal, field);
        return normal;
    }

    public static Set<DayOfWeek> parse(String text, String field) {
        String normal = clean(text);
        if (normal.equals("ALL")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : normal.split(",", -1)) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                throw invalid(field, text);
            }
            DayOfWeek first = day(range[0], field, text);
            DayOfWeek last = range.length == 2 ? day(range[1], field, text) : first;
            if (last.compareTo(first) < 0) {
                throw Problem.invalid(field, "days range " + part + " runs backwards; ranges go from MON to SUN, "
                        + "e.g. MON,FRI-SUN");
            }
            for (int d = first.ordinal(); d <= last.ordinal(); d++) {
                days.add(DayOfWeek.values()[d]);
            }
        }
        return days;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static DayOfWeek day(String name, String field, String text) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return DayOfWeek.values()[i];
            }
        }
        throw invalid(field, text);
    }

    private static Problem invalid(String field, String text) {
        return Problem.invalid(field, "days '" + text + "' must be ALL or days MON, TUE, WED, THU, FRI, SAT, SUN "
                + "and ranges of them separated by commas, e.g. MON-FRI or MON,WED-FRI");
    }
}
