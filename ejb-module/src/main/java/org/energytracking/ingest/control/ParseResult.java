package org.energytracking.ingest.control;

import java.util.List;

import org.energytracking.ingest.entity.Reading;

/** The outcome of parsing one payload: the accepted readings and why the others were not accepted. */
public record ParseResult(List<Reading> readings, List<Rejection> rejections) {

    public ParseResult {
        readings = List.copyOf(readings);
        rejections = List.copyOf(rejections);
    }

    /** A result that accepts nothing because the payload as a whole is unusable. */
    public static ParseResult payloadRejected(String reason) {
        return new ParseResult(List.of(), List.of(new Rejection(Rejection.WHOLE_PAYLOAD, reason)));
    }

    public boolean hasRejections() {
        return !rejections.isEmpty();
    }

    public boolean isPayloadRejected() {
        return rejections.stream().anyMatch(Rejection::isWholePayload);
    }
}
