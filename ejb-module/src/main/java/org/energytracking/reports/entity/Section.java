package org.energytracking.reports.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The parts a report may hold; a definition names the ones it wants (all by default). */
public enum Section {
    TOTALS, COMPARISON, TABLE, CHART, TOP_DEVICES, TIME_OF_USE, PEAK_BASE, COMPLETENESS, ALERTS;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Section of(String name) {
        return Arrays.stream(values()).filter(section -> section.apiName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + name + "; sections are "
                        + String.join(", ", Arrays.stream(values()).map(Section::apiName).toList())));
    }

    public static List<Section> listOf(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Section::of).distinct().toList();
    }

    public static String stored(List<Section> sections) {
        return String.join(",", sections.stream().distinct().map(Section::apiName).toList());
    }
}
