package org.energytracking.ingest.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;

/** Small JSON documents of vendor firmware, read whole (they are a few hundred bytes). */
final class JsonText {

    // Looked up once: Json.createReader would search for the provider on every message.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonText() {
    }

    /** The document as an object; throws {@link PayloadRejectedException} when it is not one. */
    static JsonObject object(String text, String what) {
        JsonValue value;
        try (var reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new PayloadRejectedException(what + ": malformed JSON");
        } catch (JsonException e) {
            throw new PayloadRejectedException(what + ": unreadable JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PayloadRejectedException(what + ": expected a JSON object");
        }
        return value.asJsonObject();
    }

    /** The number under key, or null when absent or not a number (a delta leaves out what did not change). */
    static Double number(JsonObject object, String key) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(key);
        return value instanceof JsonNumber number ? number.doubleValue() : null;
    }

    /** The object under key, or null. */
    static JsonObject child(JsonObject object, String key) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    static Double scaled(Double value, double factor) {
        return value == null ? null : value * factor;
    }
}
