package org.energytracking.reports.entity;

import java.util.List;

/** A definition with its devices by their external ids and its external addresses, confirmed or not. */
public record DefinitionView(ReportDefinition definition, List<String> deviceIds, List<Recipient> emails) {

    public record Recipient(String email, boolean confirmed) {
    }
}
