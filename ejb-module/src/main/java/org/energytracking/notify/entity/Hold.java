package org.energytracking.notify.entity;

import java.time.Instant;

/** When a notification may go ({@code until}), and whether in a digest with the others due then (null: alone). */
public record Hold(Instant until, DigestKind digest) {
}
