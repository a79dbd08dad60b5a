package org.energytracking.ingest.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;
import org.energytracking.ingest.entity.Measurand;

/**
 * Tasmota's telemetry on {@code tele/{id}/SENSOR|STATE|LWT}. Only {@code ENERGY.Total} (kWh) is a counter
 * to trust: Today, Yesterday and Period reset daily or overflow. Any ENERGY key may be an array, one
 * value per phase or channel: the device then gets the total (power, current and counters add up, voltage
 * is the mean) and each element is channel 1, 2, 3 of its own. {@code ExportActive} (kWh) is the export
 * counter (an array: each element also the export of channel 1, 2, 3: export1, export2, export3). {@code Time} is the device's local clock without a zone, read in the device's zone; with an
 * offset it is taken as written; a number is epoch seconds.
 */
final class TasmotaMessages {

    private static final Set<String> IGNORED = Set.of("STATE", "INFO1", "INFO2", "INFO3", "RESULT", "MARGINS", "UPTIME");
    private static final double WH_PER_KWH = 1000;

    private TasmotaMessages() {
    }

    static AdaptedMessage read(String kind, String text, ZoneId zone, Function<String, ReadingCollector> collectors) {
        if (kind.equals("LWT")) {
            return lastWill(text.strip());
        }
        if (IGNORED.contains(kind)) {
            return AdaptedMessage.ignored();
        }
        if (!kind.equals("SENSOR")) {
            return AdaptedMessage.rejected("tele/{id}/" + kind + " is not a Tasmota telemetry topic (SENSOR, STATE or LWT)");
        }
        JsonObject sensor = JsonText.object(text, "SENSOR");
        JsonObject energy = JsonText.child(sensor, "ENERGY");
        if (energy == null) {
            return AdaptedMessage.rejected("SENSOR without an ENERGY object: is energy monitoring on?");
        }
        ChannelSamples samples = new ChannelSamples();
        EnergyKey total = EnergyKey.of(energy, "Total");
        EnergyKey power = EnergyKey.of(energy, "Power");
        EnergyKey current = EnergyKey.of(energy, "Current");
        EnergyKey voltage = EnergyKey.of(energy, "Voltage");
        EnergyKey factor = EnergyKey.of(energy, "Factor");
        EnergyKey apparent = EnergyKey.of(energy, "ApparentPower");
        EnergyKey reactive = EnergyKey.of(energy, "ReactivePower");
        // a three-phase meter's power factor is not the mean of its phases': the total has one only from one phase
        samples.device().put(Measurand.ENERGY, JsonText.scaled(total.sum(), WH_PER_KWH)).put(Measurand.POWER, power.sum())
                .put(Measurand.CURRENT, current.sum()).put(Measurand.VOLTAGE, voltage.mean())
                .put(Measurand.APPARENT_POWER, apparent.sum()).put(Measurand.REACTIVE_POWER, reactive.sum())
                .put(Measurand.POWER_FACTOR, factor.size() == 1 ? factor.at(0) : null);
        EnergyKey exported = EnergyKey.of(energy, "ExportActive");
        samples.export().put(Measurand.ENERGY, JsonText.scaled(exported.sum(), WH_PER_KWH));
        int channels = Math.max(Math.max(Math.max(total.size(), power.size()), Math.max(current.size(), voltage.size())), exported.size());
        for (int i = 0; channels > 1 && i < channels; i++) {
            samples.numbered(i + 1).put(Measurand.ENERGY, JsonText.scaled(total.at(i), WH_PER_KWH))
                    .put(Measurand.POWER, power.at(i)).put(Measurand.CURRENT, current.at(i)).put(Measurand.VOLTAGE, voltage.at(i))
                    .put(Measurand.POWER_FACTOR, factor.at(i)).put(Measurand.APPARENT_POWER, apparent.at(i))
                    .put(Measurand.REACTIVE_POWER, reactive.at(i));
            if (exported.size() > 1) {
                samples.numberedExport(i + 1).put(Measurand.ENERGY, JsonText.scaled(exported.at(i), WH_PER_KWH));
            }
        }
        Long ts = time(sensor.get("Time"), zone);
        if (ts != null) {
            samples.at(ts);
        }
        if (samples.isEmpty()) {
            return AdaptedMessage.rejected("SENSOR: ENERGY has none of Total, Power, Current, Voltage as numbers");
        }
        return samples.asMessage(collectors);
    }

    private static AdaptedMessage lastWill(String word) {
        if (word.equalsIgnoreCase("Online")) {
            return AdaptedMessage.availability(true);
        }
        if (word.equalsIgnoreCase("Offline")) {
            return AdaptedMessage.availability(false);
        }
        return AdaptedMessage.rejected("LWT: expected Online or Offline");
    }

    /** One ENERGY key: absent, a scalar, or one number per phase or channel. */
    private record EnergyKey(double[] values) {

        static EnergyKey of(JsonObject energy, String key) {
            JsonValue value = energy.get(key);
            if (value instanceof JsonNumber number) {
                return new EnergyKey(new double[] {number.doubleValue()});
            }
            if (value instanceof JsonArray array) {
                double[] values = new double[array.size()];
                for (int i = 0; i < values.length; i++) {
                    if (!(array.get(i) instanceof JsonNumber number)) {
                        throw new PayloadRejectedException("ENERGY." + key + ": expected numbers");
                    }
                    values[i] = number.doubleValue();
                }
                return new EnergyKey(values);
            }
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                throw new PayloadRejectedException("ENERGY." + key + ": expected a number or an array of numbers");
            }
            return new EnergyKey(new double[0]);
        }

        int size() {
            return values.length;
        }

        Double at(int index) {
            return index < values.length ? values[index] : null;
        }

        Double sum() {
            if (values.length == 0) {
                return null;
            }
            double sum = 0;
            for (double value : values) {
                sum += value;
            }
            return sum;
        }

        Double mean() {
            Double sum = sum();
            return sum == null ? null : sum / values.length;
        }
    }

    private static Long time(JsonValue time, ZoneId zone) {
        if (time instanceof JsonNumber epochSeconds) {
            return Math.round(epochSeconds.doubleValue() * 1000);
        }
        if (!(time instanceof JsonString string)) {
            return null;
        }
        String text = string.getString();
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException withoutOffset) {
            try {
                // in a DST overlap the earlier offset, in a gap the time moved forward (ZonedDateTime.of)
                return LocalDateTime.parse(text).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new PayloadRejectedException("Time: '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                        + "' is not a date-time such as 2022-01-11T21:57:38");
            }
        }
    }
}
