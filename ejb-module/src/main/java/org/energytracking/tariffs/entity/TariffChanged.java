package org.energytracking.tariffs.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired inside the transaction that changed a tariff or an assignment, so that metering recomputes
 * costs from {@code from} on for the sites (all their devices) and devices (row ids) named.
 */
public record TariffChanged(LocalDate from, Set<Long> siteIds, Set<Long> deviceRowIds) {
}
