package org.energytracking.reports.entity;

/** A run was asked for (run again, custom): started once its transaction committed, not at the next timer round. */
public record RunRequested(long runId) {
}
