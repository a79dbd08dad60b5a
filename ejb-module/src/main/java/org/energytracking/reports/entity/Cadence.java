package org.energytracking.reports.entity;

import java.util.Locale;

/** How often a report comes: each local day, week (from Monday), month or year; custom for a range asked once. */
public enum Cadence {
    DAILY, WEEKLY, MONTHLY, YEARLY, CUSTOM;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cadence of(String name) {
        for (Cadence cadence : values()) {
            if (cadence.apiName().equals(name)) {
                return cadence;
            }
        }
        throw new IllegalArgumentException("a period of daily, weekly, monthly or yearly, please");
    }
}
