package org.energytracking.ingest.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a family's message means to us: readings of the device (and the reasons some were refused),
 * readings of its channels (export, phases, further relays), a device's word on its own availability, or
 * nothing worth keeping (a relay state, Wi-Fi statistics), which is no rejection.
 *
 * @param channels readings by channel ({@link ChannelSamples}); "" is the device itself
 * @param online   true or false when the message was an availability message, else null
 */
public record AdaptedMessage(Map<String, ParseResult> channels, Boolean online) {

    private static final ParseResult NOTHING = new ParseResult(List.of(), List.of());

    public AdaptedMessage {
        channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
    }

    static AdaptedMessage readings(ParseResult parsed) {
        return new AdaptedMessage(Map.of(ChannelSamples.DEVICE, parsed), null);
    }

    static AdaptedMessage channels(Map<String, ParseResult> byChannel) {
        return new AdaptedMessage(byChannel, null);
    }

    static AdaptedMessage availability(boolean online) {
        return new AdaptedMessage(Map.of(), online);
    }

    /** Shelly's {@code online} topic: "true" or "false". */
    static AdaptedMessage onlineWord(String word) {
        return switch (word.strip()) {
            case "true" -> availability(true);
            case "false" -> availability(false);
            default -> rejected("online: expected true or false");
        };
    }

    static AdaptedMessage ignored() {
        return new AdaptedMessage(Map.of(), null);
    }

    static AdaptedMessage rejected(String reason) {
        return readings(ParseResult.payloadRejected(reason));
    }

    /** The device's own readings and rejections (channel ""). */
    public ParseResult parsed() {
        return channels.getOrDefault(ChannelSamples.DEVICE, NOTHING);
    }

    public boolean hasReadingsOrRejections() {
        return channels.values().stream().anyMatch(result -> !result.readings().isEmpty() || result.hasRejections());
    }
}
