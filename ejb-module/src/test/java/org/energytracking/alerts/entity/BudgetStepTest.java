package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BudgetStepTest {

    private final Instant periodStart = Instant.parse("2026-12-04T00:00:00Z");
    private final Instant now = Instant.parse("2026-12-04T13:40:00Z");

    static AlertRule budget(Severity severity, String measure, String amount, String period) {
        return AlertTest.rule(RuleType.BUDGET, severity,
                new RuleParams(null, null, null, null, null, null, measure, new BigDecimal(amount), period, 80));
    }

    private final AlertRule daily = budget(Severity.CRITICAL, "energy", "10000", "day");

    @Test
    void theWarningIsAtWarnPercentAndTheAlertAtOneHundred() {
        BigDecimal amount = new BigDecimal("10000");
        assertThat(BudgetLevel.of(7_999.9, amount, 80)).isEqualTo(BudgetLevel.UNDER);
        assertThat(BudgetLevel.of(8_000, amount, 80)).isEqualTo(BudgetLevel.WARNING);
        assertThat(BudgetLevel.of(9_999.99, amount, 80)).isEqualTo(BudgetLevel.WARNING);
        assertThat(BudgetLevel.of(10_000, amount, 80)).isEqualTo(BudgetLevel.OVER);
        assertThat(BudgetLevel.of(0.1 + 0.2, new BigDecimal("0.30"), 80)).as("a sum of doubles a hair over").isEqualTo(BudgetLevel.OVER);
        assertThat(BudgetLevel.of(0.29, new BigDecimal("0.30"), 95)).isEqualTo(BudgetLevel.WARNING);
    }

    @Test
    void theWarningIsNeverLouderThanTheRule() {
        assertThat(BudgetLevel.WARNING.severity(Severity.CRITICAL)).isEqualTo(Severity.WARNING);
        assertThat(BudgetLevel.OVER.severity(Severity.CRITICAL)).isEqualTo(Severity.CRITICAL);
        assertThat(BudgetLevel.WARNING.severity(Severity.INFO)).isEqualTo(Severity.INFO);
        assertThat(BudgetLevel.OVER.severity(Severity.INFO)).isEqualTo(Severity.INFO);
    }

    @Test
    void aPeriodWithoutAnAlertOpensOneOnlyFromTheWarningOn() {
        assertThat(BudgetStep.of(null, BudgetLevel.UNDER, new BudgetUse(100, null))).isEqualTo(BudgetStep.NOTHING);
        assertThat(BudgetStep.of(null, BudgetLevel.WARNING, new BudgetUse(8_500, null))).isEqualTo(BudgetStep.OPEN);
        assertThat(BudgetStep.of(null, BudgetLevel.OVER, new BudgetUse(12_000, null))).isEqualTo(BudgetStep.OPEN);
    }

    @Test
    void aWarningOpensWithAtMostWarningSeverityAndEscalatesOnceAtOneHundred() {
        BudgetUse warned = new BudgetUse(8_500, null);
        Alert alert = Alert.budget(daily, 3L, "Kettle", periodStart, warned, now);
        assertThat(alert.severity()).isEqualTo(Severity.WARNING);
        assertThat(alert.escalated()).isFalse();
        assertThat(alert.since()).isEqualTo(periodStart);
        assertThat(BudgetStep.of(alert, BudgetLevel.WARNING, warned)).isEqualTo(BudgetStep.NOTHING);
        assertThat(BudgetStep.of(alert, BudgetLevel.WARNING, new BudgetUse(9_000, null))).isEqualTo(BudgetStep.UPDATE);

        BudgetUse over = new BudgetUse(10_500, null);
        assertThat(BudgetStep.of(alert, BudgetLevel.OVER, over)).isEqualTo(BudgetStep.ESCALATE);
        assertThat(alert.escalate(daily, over, now.plusSeconds(60))).isEqualTo(AlertChanged.ESCALATED);
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.observed()).isEqualTo(10_500);
        assertThat(BudgetStep.of(alert, BudgetLevel.OVER, over)).as("escalated once").isEqualTo(BudgetStep.NOTHING);
        assertThat(BudgetStep.of(alert, BudgetLevel.OVER, new BudgetUse(11_000, null))).isEqualTo(BudgetStep.UPDATE);
        assertThat(BudgetStep.of(alert, BudgetLevel.WARNING, new BudgetUse(9_900, null))).as("a corrected meter does not step back")
                .isEqualTo(BudgetStep.UPDATE);
    }

    @Test
    void aPeriodFirstSeenPastOneHundredOpensEscalated() {
        Alert alert = Alert.budget(daily, 3L, "Kettle", periodStart, new BudgetUse(12_000, null), now);
        assertThat(alert.escalated()).isTrue();
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(BudgetStep.of(alert, BudgetLevel.OVER, new BudgetUse(12_000, null))).isEqualTo(BudgetStep.NOTHING);
    }

    @Test
    void anAcknowledgedOrResolvedWarningIsOpenAgainWhenTheBudgetIsReached() {
        Alert acknowledged = Alert.budget(daily, 3L, "Kettle", periodStart, new BudgetUse(8_500, null), now);
        acknowledged.acknowledge(7, now);
        acknowledged.escalate(daily, new BudgetUse(10_000, null), now);
        assertThat(acknowledged.state()).isEqualTo(AlertState.OPEN);
        assertThat(acknowledged.acknowledgedBy()).isNull();

        Alert resolved = Alert.budget(daily, 3L, "Kettle", periodStart, new BudgetUse(8_500, null), now);
        resolved.resolve(7L, now);
        resolved.escalate(daily, new BudgetUse(10_000, null), now);
        assertThat(resolved.state()).isEqualTo(AlertState.OPEN);
        assertThat(resolved.resolvedAt()).isNull();
    }
}
