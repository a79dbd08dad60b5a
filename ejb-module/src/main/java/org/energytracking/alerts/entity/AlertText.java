package org.energytracking.alerts.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * What an alert says, in words and in the reader's time zone: "Kitchen plug: no reading since 14:02 (38 min)",
 * "Heater: power above 2,000 W for 12 min (max 2,450 W)", "Home: energy this month 412 kWh, 103 % of the 400 kWh budget".
 */
public record AlertText(Alert alert, AlertRule rule) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    /** The alert as it stands at {@code now}. */
    public String describe(ZoneId zone, Instant now) {
        String subject = alert.subjectName() + ": ";
        return switch (alert.type()) {
            case OFFLINE -> alert.state() == AlertState.RESOLVED
                    ? subject + "back online at " + time(alert.resolvedAt(), zone, now) + " after " + duration(alert.since(), alert.resolvedAt())
                    : subject + "no reading since " + time(alert.since(), zone, now) + " (" + duration(alert.since(), now) + ")";
            case THRESHOLD -> subject + threshold(now);
            case BUDGET -> subject + budget();
            case ANOMALY, BASE_LOAD -> subject + new PeriodText(alert).describe(zone, now);
        };
    }

    /** A subject line: the device or site, and what happened. */
    public String headline() {
        String what = switch (alert.type()) {
            case OFFLINE -> alert.state() == AlertState.RESOLVED ? "back online" : "offline";
            case THRESHOLD -> rule.params().quantity() + (rule.params().above() != null ? " too high" : " too low")
                    + (alert.state() == AlertState.RESOLVED ? " (resolved)" : "");
            case BUDGET -> alert.escalated() ? "over the " + budgetName() + " (" + percent() + " %)" : percent() + " % of the " + budgetName();
            case ANOMALY, BASE_LOAD -> new PeriodText(alert).headline();
        };
        return alert.subjectName() + ": " + what;
    }

    /** The figures behind the words, for the API: anomaly and base-load alerts have some, others none (null). */
    public Map<String, Object> details() {
        return alert.type() == RuleType.ANOMALY || alert.type() == RuleType.BASE_LOAD ? new PeriodText(alert).details() : null;
    }

    private String threshold(Instant now) {
        RuleParams params = rule.params();
        Quantity quantity = Quantity.parse(params.quantity());
        boolean above = params.above() != null;
        String bound = number(above ? params.above() : params.below()) + " " + quantity.unit();
        Instant end = alert.state() == AlertState.RESOLVED ? alert.resolvedAt() : now;
        String extreme = alert.observed() == null ? "" : " (" + (above ? "max " : "min ") + number(alert.observed()) + " " + quantity.unit() + ")";
        // a single reading (a rule without a hold) has no duration worth saying
        String held = Duration.between(alert.since(), end).toMinutes() < 1 ? "" : " for " + duration(alert.since(), end);
        return quantity.words() + (above ? " above " : " below ") + bound + held + extreme
                + (alert.state() == AlertState.RESOLVED ? ", back within bounds" : "");
    }

    private String budget() {
        RuleParams params = rule.params();
        String when = BudgetPeriod.parse(params.period()).words(alert.state() != AlertState.RESOLVED);
        return params.measure() + " " + when + " " + amount(alert.observed()) + ", " + percent() + " % of the "
                + amount(params.amount().doubleValue()) + " budget";
    }

    /** "daily energy budget", "monthly cost budget". */
    private String budgetName() {
        return BudgetPeriod.parse(rule.params().period()).adjective() + " " + rule.params().measure() + " budget";
    }

    /** Whole percent, rounded down: a warning at 80 % never reads "100 %". */
    private long percent() {
        // in decimals, as BudgetLevel judges: 4.10 of 4.10 is 100 %, where doubles make it 99.99...
        return alert.observed() == null ? 0
                : BigDecimal.valueOf(alert.observed()).movePointRight(2).divide(rule.params().amount(), 0, RoundingMode.FLOOR).longValue();
    }

    private String amount(Double value) {
        double known = value == null ? 0 : value;
        return rule.budgetsCost() ? money(known, alert.currency()) : number(known / 1000) + " kWh";
    }

    private static String time(Instant at, ZoneId zone, Instant now) {
        boolean sameDay = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (sameDay ? CLOCK : DAY_AND_CLOCK).format(at.atZone(zone));
    }

    static String duration(Instant from, Instant to) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return minutes / (24 * 60) + " days";
    }

    static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 1);
        return format.format(value);
    }

    /**
     * In the currency's minor unit with its English symbol: "€41.20", "$3.05", "¥412"; a symbol that is
     * letters gets a space, "CHF 41.20". Without a currency (no tariff), a plain amount.
     */
    static String money(double value, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        Currency unit = currency == null ? null : Currency.getInstance(currency);
        int digits = unit == null ? 2 : Math.max(0, unit.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String amount = format.format(value);
        if (unit == null) {
            return amount;
        }
        String symbol = unit.getSymbol(Locale.ENGLISH);
        return symbol.chars().allMatch(Character::isLetter) ? symbol + " " + amount : symbol + amount;
    }
}
