package org.energytracking.reports.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public enum ReportFormat {
    PDF("application/pdf"), CSV("text/csv; charset=UTF-8");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return contentType;
    }

    public static ReportFormat of(String name) {
        return Arrays.stream(values()).filter(format -> format.apiName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("formats are pdf and csv"));
    }

    /** "pdf,csv" as stored. */
    public static List<ReportFormat> listOf(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(ReportFormat::of).distinct().toList();
    }

    public static String stored(List<ReportFormat> formats) {
        return String.join(",", formats.stream().distinct().map(ReportFormat::apiName).toList());
    }
}
