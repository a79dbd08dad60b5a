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
import java.util.function.DoubleBinaryOperator;
import org.energytracking.ingest.entity.Measurand;

/**
 * Tasmota's telemetry on {@code tele/{id}/SENSOR|STATE|LWT}. Only {@code ENERGY.Total} (kWh) is a counter
 * to trust: Today, Yesterday and Period reset daily or overflow. Any ENERGY key may be an array, one
 * value per phase or channel: power, current and counters add up, voltage is the phases' mean.
 * {@code Time} is the device's local clock without a zone, read in the device's zone; with an offset
 * it is taken as written; a number is epoch seconds.
 */
final class TasmotaMessages {

    private static final Set<String> IGNORED = Set.of("STATE", "INFO1", "INFO2", "INFO3", "RESULT", "MARGINS", "UPTIME");
    private static final double WH_PER_KWH = 1000;

    private TasmotaMessages() {
    }

    static AdaptedMessage read(String kind, String text, ZoneId zone, ReadingCollector collector) {
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
        Sample sample = new Sample()
                .put(Measurand.ENERGY, JsonText.scaled(combined(energy, "Total", Double::sum), WH_PER_KWH))
                .put(Measurand.POWER, combined(energy, "Power", Double::sum))
                .put(Measurand.CURRENT, combined(energy, "Current", Double::sum))
                .put(Measurand.VOLTAGE, mean(energy, "Voltage"));
        Long ts = time(sensor.get("Time"), zone);
        if (ts != null) {
            sample.at(ts);
        }
        if (sample.isEmpty()) {
            return AdaptedMessage.rejected("SENSOR: ENERGY has none of Total, Power, Current, Voltage as numbers");
        }
        return sample.asMessage(collector);
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

    /** A scalar, or the array's values combined; null when absent. */
    private static Double combined(JsonObject energy, String key, DoubleBinaryOperator combine) {
        JsonValue value = energy.get(key);
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        if (value instanceof JsonArray array && !array.isEmpty()) {
            double result = 0;
            for (JsonValue item : array) {
                if (!(item instanceof JsonNumber number)) {
                    throw new PayloadRejectedException("ENERGY." + key + ": expected numbers");
                }
                result = combine.applyAsDouble(result, number.doubleValue());
            }
            return result;
        }
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            throw new PayloadRejectedException("ENERGY." + key + ": expected a number or an array of numbers");
        }
        return null;
    }

    private static Double mean(JsonObject energy, String key) {
        Double sum = combined(energy, key, Double::sum);
        JsonValue value = energy.get(key);
        return sum == null || !(value instanceof JsonArray array) ? sum : sum / array.size();
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
                throw new PayloadRejectedException("Time: '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "' is not a date-time such as 2022-01-11T21:57:38");
            }
        }
    }
}
