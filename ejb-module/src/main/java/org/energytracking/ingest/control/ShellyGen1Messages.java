package org.energytracking.ingest.control;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.energytracking.ingest.entity.Measurand;

/**
 * Shelly Gen1 on {@code shellies/{id}/...}: one plain value per topic. Relay {@code energy} counts
 * watt-minutes since boot (so it restarts at 0 after a reboot: a counter reset, which the metering
 * absorbs); emeter {@code total} is persistent Wh. The values of one publication arrive as separate
 * messages a few milliseconds apart; stamping each with its receive time floored to a merge window puts
 * them on one ts, and the writer's upsert merges them into one reading instead of many half-empty rows.
 */
final class ShellyGen1Messages {

    private static final double WATT_MINUTES_PER_WH = 60;
    /** Topics of a Gen1 device that carry nothing we store: relay states, inputs, device info. */
    private static final Set<String> IGNORED = Set.of("announce", "info", "status", "temperature", "temperature_f",
            "overtemperature", "overpower", "input", "input_event", "longpush", "light", "roller", "color", "white",
            "sensor", "ext_temperature", "ext_humidity", "ext_switch", "loaderror", "command", "voltage");

    private ShellyGen1Messages() {
    }

    static AdaptedMessage read(List<String> rest, String text, long mergedTs, Function<String, ReadingCollector> collectors) {
        String first = rest.isEmpty() ? "" : rest.get(0);
        String value = text.strip();
        if (first.equals("online") && rest.size() == 1) {
            return AdaptedMessage.onlineWord(text);
        }
        if (first.equals("relay") || first.equals("emeter")) {
            return meter(first, rest.subList(1, rest.size()), value, mergedTs, collectors);
        }
        if (IGNORED.contains(first)) {
            return AdaptedMessage.ignored();
        }
        return AdaptedMessage.rejected("shellies/{id}/" + String.join("/", rest) + " is not a Shelly Gen1 topic we read");
    }

    /**
     * relay/N/power|energy, relay/power (Shelly 2: the device total), emeter/N/power|voltage|current|pf|reactive_power|total and
     * emeter/N/total_returned (the export channel of channel N: export, export1, ...): channel N, 0 being the device itself.
     */
    private static AdaptedMessage meter(String kind, List<String> rest, String value, long ts,
                                        Function<String, ReadingCollector> collectors) {
        boolean unindexed = kind.equals("relay") && rest.size() == 1;
        if (!unindexed && (rest.size() != 2 || !rest.get(0).matches("[0-9]{1,2}"))) {
            return AdaptedMessage.ignored(); // a relay's on/off state, commands
        }
        int index = unindexed ? 0 : Integer.parseInt(rest.get(0));
        String metric = rest.get(rest.size() - 1);
        boolean returned = kind.equals("emeter") && metric.equals("total_returned");
        Measurand measurand = returned ? Measurand.ENERGY : measurand(kind, metric);
        if (measurand == null) {
            return AdaptedMessage.ignored(); // watt-minute emeter energy and returned_energy
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return AdaptedMessage.rejected(kind + "/" + String.join("/", rest) + ": expected a number");
        }
        double inOurUnit = kind.equals("relay") && metric.equals("energy") ? number / WATT_MINUTES_PER_WH : number;
        ChannelSamples samples = new ChannelSamples().at(ts);
        (returned ? samples.numberedExport(index) : samples.numbered(index)).put(measurand, inOurUnit);
        return samples.asMessage(collectors);
    }

    private static Measurand measurand(String kind, String metric) {
        return switch (metric) {
            case "power" -> Measurand.POWER;
            case "energy" -> kind.equals("relay") ? Measurand.ENERGY : null;
            case "total" -> kind.equals("emeter") ? Measurand.ENERGY : null;
            case "voltage" -> Measurand.VOLTAGE;
            case "current" -> Measurand.CURRENT;
            case "pf" -> kind.equals("emeter") ? Measurand.POWER_FACTOR : null;
            case "reactive_power" -> kind.equals("emeter") ? Measurand.REACTIVE_POWER : null;
            default -> null;
        };
    }
}
