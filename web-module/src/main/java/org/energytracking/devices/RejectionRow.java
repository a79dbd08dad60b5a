package org.energytracking.devices;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.energytracking.ingest.entity.RejectedMessage;

/** A refused message in the device's zone. */
public record RejectionRow(ZonedDateTime receivedAt, String reason, String excerpt) implements Serializable {

    static RejectionRow of(RejectedMessage message, ZoneId zone) {
        return new RejectionRow(message.receivedAt().atZone(zone), message.reason(), message.excerpt());
    }
}
