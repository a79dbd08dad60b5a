package org.energytracking.alerts.entity;

import java.util.List;

/**
 * Fired in the transaction that changed an anomaly rule's {@code k} or floor: the stored history of the devices it
 * watches ({@code deviceRowIds}; a site's rule: all of the site's, and so its total) is judged again once it commits.
 */
public record SensitivityChanged(List<Long> deviceRowIds) {
}
