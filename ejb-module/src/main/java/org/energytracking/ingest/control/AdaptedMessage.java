package org.energytracking.ingest.control;

import java.util.List;

/**
 * What a family's message means to us: readings (and the reasons some were refused), a device's word on
 * its own availability, or nothing worth keeping (a relay state, Wi-Fi statistics), which is no rejection.
 *
 * @param online true or false when the message was an availability message, else null
 */
public record AdaptedMessage(ParseResult parsed, Boolean online) {

    private static final ParseResult NOTHING = new ParseResult(List.of(), List.of());

    static AdaptedMessage readings(ParseResult parsed) {
        return new AdaptedMessage(parsed, null);
    }

    static AdaptedMessage availability(boolean online) {
        return new AdaptedMessage(NOTHING, online);
    }

    static AdaptedMessage ignored() {
        return new AdaptedMessage(NOTHING, null);
    }

    static AdaptedMessage rejected(String reason) {
        return new AdaptedMessage(ParseResult.payloadRejected(reason), null);
    }

    public boolean hasReadingsOrRejections() {
        return !parsed.readings().isEmpty() || parsed.hasRejections();
    }
}
