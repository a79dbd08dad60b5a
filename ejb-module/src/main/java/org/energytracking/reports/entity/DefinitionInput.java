package org.energytracking.reports.entity;

import java.util.List;

/**
 * A definition as the API or the portal sends it, before it is checked: names and texts, not rows.
 *
 * @param firstPeriod          the first period to report (e.g. 2026-10 for monthly); null: the current one
 * @param attachmentLimitBytes files larger than this together go as download links; null: the platform's limit
 */
public record DefinitionInput(String name, Long siteId, List<String> deviceIds, String period, String deliveryTime,
                              List<String> formats, List<Long> userIds, List<String> emails, List<String> sections,
                              String firstPeriod, Boolean enabled, Long attachmentLimitBytes) {
}
