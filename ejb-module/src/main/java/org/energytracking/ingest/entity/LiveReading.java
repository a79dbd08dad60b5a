package org.energytracking.ingest.entity;

/** The latest stored reading of a device, as live pages show it. */
public record LiveReading(long deviceRowId, Reading reading) {
}
