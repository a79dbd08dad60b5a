package org.energytracking.reports.entity;

import java.util.List;

/** A run with the formats of its stored files and their sizes. */
public record RunView(ReportRun run, List<File> files) {

    public record File(String format, long sizeBytes) {
    }
}
