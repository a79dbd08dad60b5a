package org.energytracking.ingest.entity;

import java.time.Instant;

/** A message the platform refused, as its device's owner sees it: when, why, and the start of it. */
public record RejectedMessage(Instant receivedAt, String reason, String excerpt) {
}
