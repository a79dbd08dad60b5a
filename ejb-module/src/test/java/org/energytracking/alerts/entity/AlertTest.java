package org.energytracking.alerts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Instant now = Instant.parse("2026-12-04T13:40:00Z");

    static AlertRule rule(RuleType type, RuleParams params) {
        return rule(type, Severity.WARNING, params);
    }

    static AlertRule rule(RuleType type, Severity severity, RuleParams params) {
        AlertRule rule = new AlertRule(1, 2, 3L, "rule", type, severity, true, params, Instant.EPOCH);
        try {
            Field id = AlertRule.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(rule, 9L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return rule;
    }

    private final AlertRule offline = rule(RuleType.OFFLINE, RuleParams.offline(30, 60));

    @Test
    void anOfflineAlertSaysSinceWhenInTheReadersZone() {
        Alert alert = Alert.open(offline, 3L, "Kitchen plug", Instant.parse("2026-12-04T13:02:00Z"), null, now);
        assertThat(alert.text(offline).describe(BERLIN, now)).isEqualTo("Kitchen plug: no reading since 14:02 (38 min)");
        assertThat(alert.text(offline).describe(ZoneId.of("UTC"), now)).isEqualTo("Kitchen plug: no reading since 13:02 (38 min)");
        alert.resolve(null, now.plusSeconds(30 * 60));
        assertThat(alert.text(offline).describe(BERLIN, now.plusSeconds(3600))).isEqualTo("Kitchen plug: back online at 15:10 after 1 h 8 min");
        assertThat(alert.text(offline).headline()).isEqualTo("Kitchen plug: back online");
    }

    @Test
    void aThresholdAlertSaysTheBoundHowLongAndThePeak() {
        AlertRule heater = rule(RuleType.THRESHOLD, new RuleParams(null, null, "power", 2000.0, null, 10, null, null, null, null));
        Alert alert = Alert.open(heater, 3L, "Heater", now.minusSeconds(12 * 60), 2450.0, now);
        assertThat(alert.text(heater).describe(BERLIN, now)).isEqualTo("Heater: power above 2,000 W for 12 min (max 2,450 W)");
        Alert spike = Alert.open(heater, 3L, "Kettle", now.minusSeconds(5), 2300.5, now);
        assertThat(spike.text(heater).describe(BERLIN, now)).isEqualTo("Kettle: power above 2,000 W (max 2,300 W)");
    }

    @Test
    void aBudgetAlertSaysHowMuchOfItIsUsed() {
        AlertRule budget = rule(RuleType.BUDGET, new RuleParams(null, null, null, null, null, null, "energy", new BigDecimal("400000"), "month", null));
        Alert alert = Alert.budget(budget, null, "Home", now, new BudgetUse(412_000.0, null), now);
        assertThat(alert.text(budget).describe(BERLIN, now)).isEqualTo("Home: energy this month 412 kWh, 103 % of the 400 kWh budget");
        assertThat(alert.text(budget).headline()).isEqualTo("Home: over the monthly energy budget (103 %)");
        alert.resolve(null, now);
        assertThat(alert.text(budget).describe(BERLIN, now)).as("once the month is over")
                .isEqualTo("Home: energy that month 412 kWh, 103 % of the 400 kWh budget");
    }

    @Test
    void aBudgetWarningSaysThePercentRoundedDown() {
        AlertRule daily = rule(RuleType.BUDGET, new RuleParams(null, null, null, null, null, null, "energy", new BigDecimal("10000"), "day", 80));
        Alert alert = Alert.budget(daily, 3L, "Kettle", now, new BudgetUse(8_499.0, null), now);
        assertThat(alert.text(daily).headline()).isEqualTo("Kettle: 84 % of the daily energy budget");
        assertThat(alert.text(daily).describe(BERLIN, now)).isEqualTo("Kettle: energy today 8.5 kWh, 84 % of the 10 kWh budget");
    }

    @Test
    void aCostBudgetSaysTheAmountsInTheTariffsCurrency() {
        AlertRule weekly = rule(RuleType.BUDGET, new RuleParams(null, null, null, null, null, null, "cost", new BigDecimal("40"), "week", 80));
        Alert alert = Alert.budget(weekly, null, "Home", now, new BudgetUse(41.2, "EUR"), now);
        assertThat(alert.text(weekly).describe(BERLIN, now)).isEqualTo("Home: cost this week €41.20, 103 % of the €40.00 budget");
        assertThat(alert.text(weekly).headline()).isEqualTo("Home: over the weekly cost budget (103 %)");
    }

    @Test
    void aBudgetJustReachedIsOneHundredPercent() {
        AlertRule daily = rule(RuleType.BUDGET, new RuleParams(null, null, null, null, null, null, "cost", new BigDecimal("4.10"), "day", 80));
        Alert alert = Alert.budget(daily, 3L, "Kettle", now, new BudgetUse(4.1, "GBP"), now);
        assertThat(alert.text(daily).headline()).isEqualTo("Kettle: over the daily cost budget (100 %)");
        assertThat(alert.text(daily).describe(BERLIN, now)).isEqualTo("Kettle: cost today £4.10, 100 % of the £4.10 budget");
    }

    @Test
    void moneyHasTheCurrencysSymbolAndMinorUnit() {
        assertThat(AlertText.money(1234.5, "EUR")).isEqualTo("€1,234.50");
        assertThat(AlertText.money(1234.5, "USD")).isEqualTo("$1,234.50");
        assertThat(AlertText.money(1234.5, "CHF")).isEqualTo("CHF 1,234.50");
        assertThat(AlertText.money(4120.4, "JPY")).isEqualTo("¥4,120");
        assertThat(AlertText.money(3.005, null)).isEqualTo("3.00");
    }

    @Test
    void acknowledgedThenResolvedWithWhoAndWhen() {
        Alert alert = Alert.open(offline, 3L, "Plug", now, null, now);
        alert.acknowledge(7, now.plusSeconds(60));
        assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(alert.acknowledgedBy()).isEqualTo(7);
        assertThatThrownBy(() -> alert.acknowledge(7, now)).isInstanceOf(Problem.class);
        alert.resolve(8L, now.plusSeconds(120));
        assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(alert.resolvedBy()).isEqualTo(8);
        assertThat(alert.nextReminderAt()).isNull();
        assertThatThrownBy(() -> alert.resolve(8L, now)).isInstanceOf(Problem.class);
    }

    @Test
    void resolvedLessThanTenMinutesAgoReopensAsTheSameEpisode() {
        Alert alert = Alert.open(offline, 3L, "Plug", now, null, now);
        alert.resolve(null, now);
        assertThat(alert.reopensAt(now.plusSeconds(600))).isTrue();
        assertThat(alert.reopensAt(now.plusSeconds(601))).isFalse();
        assertThat(alert.reopen(offline, null, now.plusSeconds(240), now.plusSeconds(300))).isEqualTo("reopened-2");
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.resolvedAt()).isNull();
    }

    @Test
    void aReopenedAlertIsSilentSinceItsNewSilenceAndItsSecondResolutionIsNewsOfItsOwn() {
        Alert alert = Alert.open(offline, 3L, "Plug", now, null, now);
        assertThat(alert.resolve(null, now.plusSeconds(60))).isEqualTo("resolved");
        alert.reopen(offline, null, now.plusSeconds(120), now.plusSeconds(300));
        assertThat(alert.since()).isEqualTo(now.plusSeconds(120));
        assertThat(alert.resolve(null, now.plusSeconds(400))).isEqualTo("resolved-2");
        alert.reopen(offline, null, now.plusSeconds(500), now.plusSeconds(700));
        assertThat(alert.resolve(7L, now.plusSeconds(800))).isEqualTo("resolved-3");
    }

    @Test
    void remindersComeOnTheRulesScheduleAndSkipWhatAStoppedPlatformMissed() {
        Alert alert = Alert.open(offline, 3L, "Plug", now, null, now);
        assertThat(alert.nextReminderAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(alert.remind(offline, now.plusSeconds(3600))).isEqualTo("reminder-1");
        assertThat(alert.nextReminderAt()).isEqualTo(now.plusSeconds(7200));
        assertThat(alert.remind(offline, now.plusSeconds(5 * 3600 + 60))).isEqualTo("reminder-2");
        assertThat(alert.nextReminderAt()).isEqualTo(now.plusSeconds(6 * 3600));
    }

    @Test
    void noRemindersWhenTheRuleSaysZero() {
        AlertRule quiet = rule(RuleType.OFFLINE, RuleParams.offline(null, 0));
        assertThat(Alert.open(quiet, 3L, "Plug", now, null, now).nextReminderAt()).isNull();
    }
}
