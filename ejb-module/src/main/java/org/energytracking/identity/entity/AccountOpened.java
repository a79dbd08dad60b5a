package org.energytracking.identity.entity;

import java.time.Instant;

/**
 * A CDI event: an account was created (registered, invited or bootstrapped), in the creating transaction.
 * Features that give every account something of its own (sites: a personal site) observe it.
 */
public record AccountOpened(long userId, String firstName, Instant at) {
}
