package org.energytracking.ingest.control;

import java.util.Objects;

/**
 * Why one reading was not accepted: index is its position in the batch array (or its CSV data row),
 * -1 when the whole payload is rejected.
 */
public record Rejection(int index, String reason) {

    public static final int WHOLE_PAYLOAD = -1;

    public Rejection {
        if (index < WHOLE_PAYLOAD) {
            throw new IllegalArgumentException("index must be >= -1: " + index);
        }
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isWholePayload() {
        return index == WHOLE_PAYLOAD;
    }
}
