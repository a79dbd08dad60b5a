package org.energytracking.metering.entity;

/**
 * Fired inside the transaction that re-rolled or re-priced a device's rollups: whoever reads them (budget
 * alerts, anomalies) observes it after that transaction commits, so it reads what was written, late readings included.
 * [fromMs, toMs): the span re-rolled (epoch ms).
 */
public record RollupsChanged(long deviceRowId, long fromMs, long toMs) {
}
