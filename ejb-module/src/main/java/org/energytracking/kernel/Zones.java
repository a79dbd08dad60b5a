package org.energytracking.kernel;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.energytracking.kernel.Problem;

/** Time zones as users write them (IANA names) for devices, sites and people: blank means UTC. */
public final class Zones {

    private static final List<String> CHOICES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted()).toList();

    private Zones() {
    }

    /** What a person picks from: UTC, then the regions' zones (Europe/Berlin), without legacy aliases. */
    public static List<String> choices() {
        return CHOICES;
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
