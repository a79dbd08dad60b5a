package org.energytracking.ingest.control;

import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import org.energytracking.devices.entity.KeyMapping;

/**
 * Parses the JSON readings a device sends over MQTT or HTTP: a flat reading object, an envelope
 * {@code {"ts":..,"values":{..}}}, or an array mixing both. Thread-safe; meant to be shared.
 */
public final class PayloadParser {

    private static final int MAX_PARSER_MESSAGE_CHARS = 160;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ReadingLimits limits;
    private final Clock clock;
    // Looked up once: Json.createParser would search for the provider on every message.
    private final JsonParserFactory parserFactory = Json.createParserFactory(Map.of());

    public PayloadParser(ReadingLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Parses one payload of the given device. Readings without a ts are stamped with {@code receivedAtMs}.
     * Never throws for bad input: problems come back as rejections.
     */
    public ParseResult parseJson(String deviceId, byte[] payload, long receivedAtMs) {
        return parseJson(deviceId, payload, receivedAtMs, KeyMapping.NONE);
    }

    /** As {@link #parseJson(String, byte[], long)}, with the device's own keys mapped to our quantities (ThingsBoard). */
    public ParseResult parseJson(String deviceId, byte[] payload, long receivedAtMs, KeyMapping keys) {
        Objects.requireNonNull(deviceId, "deviceId");
        if (payload == null || payload.length == 0) {
            return ParseResult.payloadRejected("empty payload");
        }
        if (payload.length > limits.maxPayloadBytes()) {
            return ParseResult.payloadRejected("payload of " + payload.length + " bytes exceeds the limit of "
                    + limits.maxPayloadBytes() + " bytes");
        }
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(payload)); // reports, never replaces
        } catch (CharacterCodingException e) {
            return ParseResult.payloadRejected("invalid UTF-8");
        }
        if (text.hasRemaining() && text.get(text.position()) == BYTE_ORDER_MARK) {
            text.position(text.position() + 1);
        }
        if (isBlank(text)) {
            return ParseResult.payloadRejected("empty payload");
        }
        ReadingCollector collector = new ReadingCollector(deviceId, receivedAtMs, limits, clock.instant());
        try (JsonParser json = parserFactory.createParser(
                new CharArrayReader(text.array(), text.arrayOffset() + text.position(), text.remaining()))) {
            new JsonReadingWalker(json, collector, limits.maxReadingsPerMessage(), keys).walk();
        } catch (PayloadRejectedException e) {
            return ParseResult.payloadRejected(e.getMessage());
        } catch (JsonException e) {
            return ParseResult.payloadRejected("malformed JSON: " + shorten(e.getMessage()));
        }
        return collector.result();
    }

    private static boolean isBlank(CharBuffer text) {
        for (int i = text.position(); i < text.limit(); i++) {
            if (!isJsonWhitespace(text.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String shorten(String parserMessage) {
        if (parserMessage == null) {
            return "unreadable input";
        }
        return parserMessage.length() <= MAX_PARSER_MESSAGE_CHARS
                ? parserMessage
                : parserMessage.substring(0, MAX_PARSER_MESSAGE_CHARS) + "…";
    }
}
