package org.energytracking.ingest.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.energytracking.ingest.entity.Measurand;

/**
 * Shelly Gen2+ (Plus, Pro, Gen3): {@code {id}/status/{component}} (with "Generic status update over MQTT"),
 * {@code {id}/events/rpc} NotifyStatus frames and {@code {id}/online}. NotifyStatus carries only what changed:
 * a missing field is unknown, never zero. Energies are Wh ({@code aenergy.total}, {@code total_act});
 * {@code params.ts} is Unix seconds with a fraction. Components without a measurement (sys, wifi, mqtt,
 * input) are ignored.
 */
final class ShellyGen2Messages {

    private static final Set<String> NOTIFY_STATUS = Set.of("NotifyStatus", "NotifyFullStatus");
    private static final List<String> PHASES = List.of("a", "b", "c");

    private ShellyGen2Messages() {
    }

    static AdaptedMessage read(List<String> rest, String text, Function<String, ReadingCollector> collectors) {
        String kind = rest.isEmpty() ? "" : rest.get(0);
        if (kind.equals("online") && rest.size() == 1) {
            return AdaptedMessage.onlineWord(text);
        }
        if (kind.equals("status") && rest.size() == 2) {
            ChannelSamples samples = new ChannelSamples();
            component(rest.get(1), JsonText.object(text, "status/" + rest.get(1)), samples);
            return samples.asMessage(collectors);
        }
        if (kind.equals("events") && rest.size() == 2 && rest.get(1).equals("rpc")) {
            return notification(JsonText.object(text, "events/rpc"), collectors);
        }
        return AdaptedMessage.rejected("{id}/" + String.join("/", rest)
                + " is not a Shelly Gen2 topic (status/{component}, events/rpc or online)");
    }

    private static AdaptedMessage notification(JsonObject frame, Function<String, ReadingCollector> collectors) {
        if (!NOTIFY_STATUS.contains(frame.getString("method", ""))) {
            return AdaptedMessage.ignored(); // NotifyEvent: button presses, scripts
        }
        JsonObject params = JsonText.child(frame, "params");
        if (params == null) {
            return AdaptedMessage.rejected("events/rpc: " + frame.getString("method") + " without params");
        }
        ChannelSamples samples = new ChannelSamples();
        params.forEach((name, value) -> {
            if (value instanceof JsonObject status) {
                component(name, status, samples);
            }
        });
        if (params.get("ts") instanceof JsonNumber seconds) {
            samples.at(Math.round(seconds.doubleValue() * 1000));
        }
        return samples.asMessage(collectors);
    }

    /**
     * Adds what a component's status says: {@code switch:N}, {@code pm1:N}, {@code em1:N} are channel N (0 being
     * the device); {@code em:0}/{@code emdata:0} give the device a three-phase meter's totals and phases a, b, c
     * channels of their own; returned energy of channel 0 is the export channel, of phase a or channel N the
     * channel exporta or exportN. Others add nothing.
     */
    static void component(String name, JsonObject status, ChannelSamples samples) {
        int colon = name.indexOf(':');
        String type = colon < 0 ? name : name.substring(0, colon);
        int index;
        try {
            index = colon < 0 ? 0 : Integer.parseInt(name.substring(colon + 1));
        } catch (NumberFormatException e) {
            return; // not a component instance we know
        }
        switch (type) {
            case "switch", "pm1" -> {
                samples.numbered(index).put(Measurand.POWER, JsonText.number(status, "apower"))
                        .put(Measurand.VOLTAGE, JsonText.number(status, "voltage"))
                        .put(Measurand.CURRENT, JsonText.number(status, "current"))
                        .put(Measurand.POWER_FACTOR, JsonText.number(status, "pf"))
                        .put(Measurand.ENERGY, JsonText.number(JsonText.child(status, "aenergy"), "total"))
                        .put(Measurand.TEMPERATURE, JsonText.number(JsonText.child(status, "temperature"), "tC"));
                samples.numberedExport(index).put(Measurand.ENERGY, JsonText.number(JsonText.child(status, "ret_aenergy"), "total"));
            }
            case "em" -> {
                samples.device().put(Measurand.POWER, JsonText.number(status, "total_act_power"))
                        .put(Measurand.APPARENT_POWER, JsonText.number(status, "total_aprt_power"))
                        .put(Measurand.CURRENT, JsonText.number(status, "total_current"))
                        .put(Measurand.VOLTAGE, JsonText.number(status, "a_voltage"));
                for (String phase : PHASES) {
                    samples.channel(phase).put(Measurand.POWER, JsonText.number(status, phase + "_act_power"))
                            .put(Measurand.VOLTAGE, JsonText.number(status, phase + "_voltage"))
                            .put(Measurand.CURRENT, JsonText.number(status, phase + "_current"))
                            .put(Measurand.APPARENT_POWER, JsonText.number(status, phase + "_aprt_power"))
                            .put(Measurand.POWER_FACTOR, JsonText.number(status, phase + "_pf"));
                }
            }
            case "emdata" -> {
                samples.device().put(Measurand.ENERGY, JsonText.number(status, "total_act"));
                samples.export().put(Measurand.ENERGY, JsonText.number(status, "total_act_ret"));
                for (String phase : PHASES) {
                    samples.channel(phase).put(Measurand.ENERGY, JsonText.number(status, phase + "_total_act_energy"));
                    samples.exportOf(phase).put(Measurand.ENERGY, JsonText.number(status, phase + "_total_act_ret_energy"));
                }
            }
            case "em1" -> samples.numbered(index).put(Measurand.POWER, JsonText.number(status, "act_power"))
                    .put(Measurand.VOLTAGE, JsonText.number(status, "voltage"))
                    .put(Measurand.CURRENT, JsonText.number(status, "current"))
                    .put(Measurand.APPARENT_POWER, JsonText.number(status, "aprt_power"))
                    .put(Measurand.POWER_FACTOR, JsonText.number(status, "pf"));
            case "em1data" -> {
                samples.numbered(index).put(Measurand.ENERGY, JsonText.number(status, "total_act_energy"));
                samples.numberedExport(index).put(Measurand.ENERGY, JsonText.number(status, "total_act_ret_energy"));
            }
            case "temperature" -> samples.numbered(index).put(Measurand.TEMPERATURE, JsonText.number(status, "tC"));
            default -> {
                // sys, wifi, mqtt, input:N: nothing we store
            }
        }
    }
}
