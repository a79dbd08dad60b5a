package org.energytracking.ingest.control;

import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;

import org.energytracking.devices.entity.KeyMapping;
import org.energytracking.ingest.entity.Measurand;

/**
 * One streaming pass over a JSON payload: a reading object, an envelope, or an array of both.
 * Iterative with an explicit depth count, so hostile nesting is rejected instead of exhausting the stack.
 */
final class JsonReadingWalker {

    static final int MAX_DEPTH = 16;
    private static final int MAX_LITERAL_IN_REASON = 32;

    private final JsonParser json;
    private final ReadingCollector collector;
    private final int maxReadings;
    private final KeyMapping keys;
    private int depth;

    JsonReadingWalker(JsonParser json, ReadingCollector collector, int maxReadings, KeyMapping keys) {
        this.json = json;
        this.collector = collector;
        this.maxReadings = maxReadings;
        this.keys = keys;
    }

    /** Walks the whole document; throws {@link PayloadRejectedException} when it is unusable as a whole. */
    void walk() {
        Event first = json.next();
        if (first == Event.START_OBJECT) {
            enter();
            readReading(0);
        } else if (first == Event.START_ARRAY) {
            enter();
            readBatch();
        } else {
            throw new PayloadRejectedException("expected a JSON object or array, got " + kind(first));
        }
        json.hasNext(); // throws on trailing content after the top-level value
    }

    private void readBatch() {
        int index = 0;
        for (Event item = json.next(); item != Event.END_ARRAY; item = json.next()) {
            if (index == maxReadings) {
                throw new PayloadRejectedException("more than " + maxReadings + " readings in one payload");
            }
            if (item == Event.START_OBJECT) {
                enter();
                readReading(index);
            } else {
                collector.begin(index);
                collector.reject("expected a reading object, got " + kind(item));
                skip(item);
                collector.end();
            }
            index++;
        }
        leave();
    }

    private void readReading(int index) {
        collector.begin(index);
        readFields(false);
        collector.end();
    }

    /** Reads the fields of a reading or of its "values" envelope, up to and including the closing brace. */
    private void readFields(boolean insideValues) {
        while (json.next() == Event.KEY_NAME) {
            String key = json.getString();
            Event value = json.next();
            if (key.equals("ts")) {
                readTimestamp(value);
            } else if (key.equals("values") && !insideValues) {
                readValues(value);
            } else {
                KeyMapping.Target target = keys.of(key).orElse(null);
                Measurand measurand = Measurand.byKey(target == null ? key : target.quantity()).orElse(null);
                if (measurand != null) {
                    readMeasurand(measurand, target == null ? 1 : target.factor(), value);
                } else {
                    skip(value); // firmware adds extras such as rssi or firmware version
                }
            }
        }
        leave();
    }

    private void readValues(Event value) {
        if (value == Event.START_OBJECT) {
            enter();
            readFields(true);
        } else {
            collector.reject("values: expected an object, got " + kind(value));
            skip(value);
        }
    }

    private void readTimestamp(Event value) {
        if (value != Event.VALUE_NUMBER) {
            collector.reject("ts: expected integral epoch milliseconds, got " + kind(value));
            skip(value);
            return;
        }
        try {
            if (json.isIntegralNumber()) {
                collector.timestamp(json.getBigDecimal().longValueExact());
            } else {
                collector.reject("ts: expected integral epoch milliseconds, got " + literal());
            }
        } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
            collector.reject("ts: " + literal() + " is out of range"); // beyond long, or too long for the parser
        }
    }

    private void readMeasurand(Measurand measurand, double factor, Event value) {
        if (value != Event.VALUE_NUMBER) {
            collector.reject(measurand.key() + ": expected a number, got " + kind(value));
            skip(value);
            return;
        }
        double number = currentNumber() * factor;
        if (Double.isFinite(number)) {
            collector.value(measurand, number);
        } else {
            collector.reject(measurand.key() + ": " + literal() + " is not a finite number");
        }
    }

    /** The current number as a double; NaN when the literal is beyond what a double or the parser can hold. */
    private double currentNumber() {
        try {
            return json.getBigDecimal().doubleValue(); // 1e400 becomes Infinity
        } catch (NumberFormatException | UnsupportedOperationException e) {
            return Double.NaN;
        }
    }

    /** Skips a value; for an object or array, consumes events up to its end, counting depth instead of recursing. */
    private void skip(Event value) {
        if (value != Event.START_OBJECT && value != Event.START_ARRAY) {
            return;
        }
        enter();
        int end = depth - 1;
        while (depth > end) {
            Event event = json.next();
            if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                enter();
            } else if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
                leave();
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new PayloadRejectedException("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void leave() {
        depth--;
    }

    private String literal() {
        String text = json.getString();
        return text.length() <= MAX_LITERAL_IN_REASON ? text : text.substring(0, MAX_LITERAL_IN_REASON) + "…";
    }

    private static String kind(Event event) {
        return switch (event) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> event.name();
        };
    }
}
