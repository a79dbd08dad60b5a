package org.energytracking.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.energytracking.problems.Problem;

/** Time zones as users write them (IANA names) for devices and sites: blank means UTC. */
public final class Zones {

    private Zones() {
    }

    /** The trimmed IANA name, "UTC" for a blank one; an unknown name is a 400 on the field {@code timezone}. */
    public static String nameOrUtc(String timezone) {
        String name = timezone == null || timezone.isBlank() ? "UTC" : timezone.strip();
        try {
            ZoneId.of(name);
        } catch (DateTimeException e) {
            throw Problem.invalid("timezone", "unknown time zone '" + name + "' (use an IANA name such as Europe/Berlin)");
        }
        return name;
    }
}
