package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;

class RuleParamsTest {

    @Test
    void offlineDefaultsToADailyReminderAndLearnsItsDelay() {
        RuleParams checked = RuleParams.offline(null, null).checkedFor(RuleType.OFFLINE);
        assertThat(checked.afterMinutes()).isNull();
        assertThat(checked.remindEveryMinutes()).isEqualTo(24 * 60);
    }

    @Test
    void aThresholdTakesExactlyOneBoundAndAKnownQuantity() {
        assertThat(new RuleParams(null, null, "power", 2000.0, null, null, null, null, null, null).checkedFor(RuleType.THRESHOLD).forMinutes())
                .isZero();
        assertField(new RuleParams(null, null, "power", 2000.0, 100.0, 5, null, null, null, null), RuleType.THRESHOLD, "params.above");
        assertField(new RuleParams(null, null, "power", null, null, 5, null, null, null, null), RuleType.THRESHOLD, "params.above");
        assertField(new RuleParams(null, null, "humidity", 1.0, null, 5, null, null, null, null), RuleType.THRESHOLD, "params.quantity");
        assertField(new RuleParams(null, null, "power", 1.0, null, -1, null, null, null, null), RuleType.THRESHOLD, "params.for_minutes");
    }

    @Test
    void aBudgetNeedsAMeasureAnAmountAndAPeriod() {
        RuleParams checked = new RuleParams(null, null, null, null, null, null, "cost", new BigDecimal("50"), "week", null)
                .checkedFor(RuleType.BUDGET);
        assertThat(checked.warnPercent()).isEqualTo(80);
        assertField(new RuleParams(null, null, null, null, null, null, "water", BigDecimal.TEN, "week", null), RuleType.BUDGET, "params.measure");
        assertField(new RuleParams(null, null, null, null, null, null, "cost", BigDecimal.ZERO, "week", null), RuleType.BUDGET, "params.amount");
        assertField(new RuleParams(null, null, null, null, null, null, "cost", BigDecimal.TEN, "year", null), RuleType.BUDGET, "params.period");
        assertField(new RuleParams(null, null, null, null, null, null, "cost", BigDecimal.TEN, "day", 100), RuleType.BUDGET, "params.warn_percent");
    }

    private static void assertField(RuleParams params, RuleType type, String field) {
        assertThatThrownBy(() -> params.checkedFor(type)).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.field()).isEqualTo(field));
    }
}
