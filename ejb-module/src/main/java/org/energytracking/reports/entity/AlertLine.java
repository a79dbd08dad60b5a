package org.energytracking.reports.entity;

import java.time.OffsetDateTime;

/** An alert opened in the period, as the report lists it. */
public record AlertLine(OffsetDateTime openedAt, String severity, String headline, String state) {
}
