package org.energytracking.alerts.entity;

import java.math.BigDecimal;

/** How much of a budget is used: short of the warning, past warn_percent, or at 100 % and over. */
public enum BudgetLevel {
    UNDER, WARNING, OVER;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Compared in decimals, so a budget of 0.30 is reached by a cost of 0.30 and not missed by a rounding. */
    public static BudgetLevel of(double used, BigDecimal amount, int warnPercent) {
        BigDecimal percentOfAmount = BigDecimal.valueOf(used).multiply(HUNDRED);
        if (percentOfAmount.compareTo(amount.multiply(HUNDRED)) >= 0) {
            return OVER;
        }
        return percentOfAmount.compareTo(amount.multiply(BigDecimal.valueOf(warnPercent))) >= 0 ? WARNING : UNDER;
    }

    /** The alert's severity at this level: the rule's at 100 %; before that a warning, or info if the rule says info. */
    public Severity severity(Severity ofRule) {
        return this == OVER || !ofRule.atLeast(Severity.WARNING) ? ofRule : Severity.WARNING;
    }
}
