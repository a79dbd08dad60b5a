package org.energytracking.ingest.control;

import java.util.List;

/** How many readings of a message were stored, and why the others were not. */
public record IntakeResult(int accepted, List<Rejection> rejected) {
}
