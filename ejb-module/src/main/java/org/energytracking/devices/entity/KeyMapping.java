package org.energytracking.devices.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.energytracking.kernel.Problem;

/**
 * Which of a device's own telemetry keys carry which of our quantities, and the factor to our unit:
 * {@code active_power=power, energy_total_kwh=energy*1000}. Keys not named keep their own meaning
 * (a ThingsBoard device that already says "power" needs no mapping).
 */
public record KeyMapping(Map<String, Target> targets) {

    public static final KeyMapping NONE = new KeyMapping(Map.of());
    static final Set<String> QUANTITIES = Set.of("power", "voltage", "current", "energy", "temperature");
    private static final int MAX_TEXT = 1000;

    /** Our quantity and the factor that turns the device's number into its unit. */
    public record Target(String quantity, double factor) {
    }

    public KeyMapping {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets)); // keeps the user's order
    }

    /** Parses the user's text; blank means no mapping. Throws a Problem naming key_mapping when it is unreadable. */
    public static KeyMapping parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        if (text.length() > MAX_TEXT) {
            throw invalid("at most " + MAX_TEXT + " characters");
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (String entry : text.split("[,\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] sides = entry.split("=", -1);
            if (sides.length != 2 || sides[0].isBlank()) {
                throw invalid("'" + entry.strip() + "' is not key=quantity or key=quantity*factor");
            }
            targets.put(sides[0].strip(), target(sides[1].strip()));
        }
        return new KeyMapping(targets);
    }

    private static Target target(String side) {
        String[] parts = side.split("\\*", -1);
        String quantity = parts[0].strip();
        if (!QUANTITIES.contains(quantity) || parts.length > 2) {
            throw invalid("'" + side + "': the quantity must be one of " + String.join(", ", QUANTITIES.stream().sorted().toList()));
        }
        double factor = 1;
        if (parts.length == 2) {
            try {
                factor = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw invalid("'" + side + "': the factor must be a number");
            }
            if (!(factor != 0 && Double.isFinite(factor))) {
                throw invalid("'" + side + "': the factor must be a non-zero number");
            }
        }
        return new Target(quantity, factor);
    }

    /** The target of a device key, if the mapping names it. */
    public Optional<Target> of(String key) {
        return Optional.ofNullable(targets.get(key));
    }

    /** The mapping as text, in the form {@link #parse} reads. */
    public String text() {
        StringBuilder text = new StringBuilder();
        targets.forEach((key, target) -> text.append(text.isEmpty() ? "" : ", ").append(key).append('=').append(target.quantity())
                .append(target.factor() == 1 ? "" : "*" + factorText(target.factor())));
        return text.toString();
    }

    private static String factorText(double factor) {
        return factor == Math.rint(factor) && Math.abs(factor) < 1e15 ? Long.toString((long) factor) : Double.toString(factor);
    }

    private static Problem invalid(String message) {
        return Problem.invalid("key_mapping", "key_mapping: " + message);
    }
}
