package org.energytracking.reports.entity;

import java.time.LocalTime;
import java.util.List;

/**
 * A definition as asked for, device and user ids already resolved to rows.
 *
 * @param deviceRowIds empty: the whole site
 * @param emails       external addresses; each confirms by a link before it gets anything
 * @param attachmentLimitBytes null: the platform's
 */
public record ReportDraft(String name, Cadence cadence, LocalTime deliveryTime, List<ReportFormat> formats,
                          List<Long> deviceRowIds, List<Long> userIds, List<String> emails, List<Section> sections,
                          boolean enabled, Long attachmentLimitBytes) {
}
