package org.energytracking.alerts.entity;

import java.util.Objects;

/**
 * What a budget evaluation does to the alert of the period. One alert per rule, subject and period: opened at
 * warn_percent as a warning (or at once escalated, when a period's first look is past 100 %), escalated once at
 * 100 %, its figure kept current, and resolved when the period ends. Warning and escalation are distinct events
 * of that alert, so each is notified once. A use that falls back (a corrected meter) does not take a step back.
 */
public enum BudgetStep {
    NOTHING, OPEN, ESCALATE, UPDATE;

    /** @param alert the period's alert, whatever its state, or null when the period has none yet */
    public static BudgetStep of(Alert alert, BudgetLevel level, BudgetUse use) {
        if (alert == null) {
            return level == BudgetLevel.UNDER ? NOTHING : OPEN;
        }
        if (level == BudgetLevel.OVER && !alert.escalated()) {
            return ESCALATE;
        }
        return Objects.equals(alert.observed(), use.used()) && Objects.equals(alert.currency(), use.currency()) ? NOTHING : UPDATE;
    }
}
