package org.energytracking.reports.entity;

import java.util.List;

/** One device's days (or months) of the period, for the CSV and the completeness section. */
public record DeviceRows(String deviceId, String name, List<TableRow> rows) {

    public long incompleteRows() {
        return rows.stream().filter(row -> !row.complete()).count();
    }
}
