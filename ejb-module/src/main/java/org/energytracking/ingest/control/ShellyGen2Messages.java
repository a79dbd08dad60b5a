package org.energytracking.ingest.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.energytracking.ingest.entity.Measurand;

/**
 * Shelly Gen2+ (Plus, Pro, Gen3): {@code {id}/status/{component}} (with "Generic status update over MQTT"),
 * {@code {id}/events/rpc} NotifyStatus frames and {@code {id}/online}. NotifyStatus carries only what changed:
 * a missing field is unknown, never zero. Energies are Wh ({@code aenergy.total}, {@code total_act});
 * {@code params.ts} is Unix seconds with a fraction. Channel 0 is the device's reading; a three-phase
 * meter's {@code em:0} totals are. Components without a measurement (sys, wifi, mqtt, input) are ignored.
 */
final class ShellyGen2Messages {

    private static final Set<String> NOTIFY_STATUS = Set.of("NotifyStatus", "NotifyFullStatus");

    private ShellyGen2Messages() {
    }

    static AdaptedMessage read(List<String> rest, String text, ReadingCollector collector) {
        String kind = rest.isEmpty() ? "" : rest.get(0);
        if (kind.equals("online") && rest.size() == 1) {
            return switch (text.strip()) {
                case "true" -> AdaptedMessage.availability(true);
                case "false" -> AdaptedMessage.availability(false);
                default -> AdaptedMessage.rejected("online: expected true or false");
            };
        }
        if (kind.equals("status") && rest.size() == 2) {
            Sample sample = new Sample();
            component(rest.get(1), JsonText.object(text, "status/" + rest.get(1)), sample);
            return sample.asMessage(collector);
        }
        if (kind.equals("events") && rest.size() == 2 && rest.get(1).equals("rpc")) {
            return notification(JsonText.object(text, "events/rpc"), collector);
        }
        return AdaptedMessage.rejected("{id}/" + String.join("/", rest)
                + " is not a Shelly Gen2 topic (status/{component}, events/rpc or online)");
    }

    private static AdaptedMessage notification(JsonObject frame, ReadingCollector collector) {
        if (!NOTIFY_STATUS.contains(frame.getString("method", ""))) {
            return AdaptedMessage.ignored(); // NotifyEvent: button presses, scripts
        }
        JsonObject params = JsonText.child(frame, "params");
        if (params == null) {
            return AdaptedMessage.rejected("events/rpc: " + frame.getString("method") + " without params");
        }
        Sample sample = new Sample();
        params.forEach((name, value) -> {
            if (value instanceof JsonObject status) {
                component(name, status, sample);
            }
        });
        if (params.get("ts") instanceof JsonNumber seconds) {
            sample.at(Math.round(seconds.doubleValue() * 1000));
        }
        return sample.asMessage(collector);
    }

    /** Adds what a component's status says of channel 0; other components and channels add nothing. */
    static void component(String name, JsonObject status, Sample sample) {
        switch (name) {
            case "switch:0", "pm1:0" -> sample.put(Measurand.POWER, JsonText.number(status, "apower"))
                    .put(Measurand.VOLTAGE, JsonText.number(status, "voltage"))
                    .put(Measurand.CURRENT, JsonText.number(status, "current"))
                    .put(Measurand.ENERGY, JsonText.number(JsonText.child(status, "aenergy"), "total"))
                    .put(Measurand.TEMPERATURE, JsonText.number(JsonText.child(status, "temperature"), "tC"));
            case "em:0" -> sample.put(Measurand.POWER, JsonText.number(status, "total_act_power"))
                    .put(Measurand.CURRENT, JsonText.number(status, "total_current"))
                    .put(Measurand.VOLTAGE, JsonText.number(status, "a_voltage"));
            case "emdata:0" -> sample.put(Measurand.ENERGY, JsonText.number(status, "total_act"));
            case "em1:0" -> sample.put(Measurand.POWER, JsonText.number(status, "act_power"))
                    .put(Measurand.VOLTAGE, JsonText.number(status, "voltage"))
                    .put(Measurand.CURRENT, JsonText.number(status, "current"));
            case "em1data:0" -> sample.put(Measurand.ENERGY, JsonText.number(status, "total_act_energy"));
            case "temperature:0" -> sample.put(Measurand.TEMPERATURE, JsonText.number(status, "tC"));
            default -> {
                // sys, wifi, mqtt, input:N, other channels: nothing we store
            }
        }
    }
}
