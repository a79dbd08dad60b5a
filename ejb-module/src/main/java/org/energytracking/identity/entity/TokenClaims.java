package org.energytracking.identity.entity;

import java.time.Instant;

/** What a verified access token says: whose it is and of which session. */
public record TokenClaims(long userId, String email, long sessionId, Instant expiresAt) {
}
