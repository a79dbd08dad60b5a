package org.energytracking.alerts.entity;

import java.math.BigDecimal;
import org.energytracking.kernel.Problem;

/**
 * A rule's parameters as the API names them ({@code params.after_minutes}, ...); which ones a type takes, and
 * their defaults, are checked here so the API, the portal and a new account's default rule agree.
 * Threshold: {@code above} or {@code below} (one of them). Budget: {@code measure} energy (Wh) or cost.
 * Anomaly: {@code k} MADs and {@code floor_wh}.
 */
public record RuleParams(Integer afterMinutes, Integer remindEveryMinutes, String quantity, Double above, Double below,
        Integer forMinutes, String measure, BigDecimal amount, String period, Integer warnPercent, Double k, Double floorWh) {

    public static final int DEFAULT_REMIND_MINUTES = 24 * 60;
    public static final int DEFAULT_WARN_PERCENT = 80;
    /** In scaled MADs (robust standard deviations); chosen from the simulator's anomaly benchmark (README). */
    public static final double DEFAULT_K = 5;
    public static final double DEFAULT_FLOOR_WH = 50;

    public RuleParams(Integer afterMinutes, Integer remindEveryMinutes, String quantity, Double above, Double below,
            Integer forMinutes, String measure, BigDecimal amount, String period, Integer warnPercent) {
        this(afterMinutes, remindEveryMinutes, quantity, above, below, forMinutes, measure, amount, period, warnPercent, null, null);
    }

    public static RuleParams anomaly(Double k, Double floorWh) {
        return new RuleParams(null, null, null, null, null, null, null, null, null, null, k, floorWh);
    }

    public static RuleParams offline(Integer afterMinutes, Integer remindEveryMinutes) {
        return new RuleParams(afterMinutes, remindEveryMinutes, null, null, null, null, null, null, null, null);
    }

    /** Checked for {@code type}, with the defaults filled in; a Problem names the first wrong field. */
    public RuleParams checkedFor(RuleType type) {
        return switch (type) {
            case OFFLINE -> offline(positive(afterMinutes, "after_minutes", false),
                    remindEveryMinutes == null ? DEFAULT_REMIND_MINUTES : positive(remindEveryMinutes, "remind_every_minutes", true));
            case THRESHOLD -> threshold();
            case BUDGET -> budget();
            case ANOMALY -> anomaly(within(k == null ? DEFAULT_K : k, "k", 0.5, 100),
                    within(floorWh == null ? DEFAULT_FLOOR_WH : floorWh, "floor_wh", 0, 1_000_000));
            case BASE_LOAD -> anomaly(null, null);
        };
    }

    private static double within(double value, String name, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw Problem.invalid("params." + name, "params." + name + " must be from " + min + " to " + max);
        }
        return value;
    }

    private RuleParams threshold() {
        Quantity.parse(quantity);
        if ((above == null) == (below == null)) {
            throw Problem.invalid("params.above", "a threshold rule takes exactly one of params.above and params.below");
        }
        double bound = above != null ? above : below;
        if (!Double.isFinite(bound)) {
            throw Problem.invalid(above != null ? "params.above" : "params.below", "the bound must be a finite number");
        }
        return new RuleParams(null, null, quantity, above, below, forMinutes == null ? 0 : positive(forMinutes, "for_minutes", true),
                null, null, null, null);
    }

    private RuleParams budget() {
        if (!"energy".equals(measure) && !"cost".equals(measure)) {
            throw Problem.invalid("params.measure", "params.measure must be energy (Wh) or cost");
        }
        if (amount == null || amount.signum() <= 0) {
            throw Problem.invalid("params.amount", "params.amount must be more than 0");
        }
        BudgetPeriod.parse(period);
        int warn = warnPercent == null ? DEFAULT_WARN_PERCENT : warnPercent;
        if (warn < 1 || warn > 99) {
            throw Problem.invalid("params.warn_percent", "params.warn_percent must be from 1 to 99");
        }
        return new RuleParams(null, null, null, null, null, null, measure, amount, period, warn);
    }

    private static Integer positive(Integer minutes, String name, boolean zeroAllowed) {
        if (minutes == null) {
            return null;
        }
        if (minutes < (zeroAllowed ? 0 : 1) || minutes > 366 * 24 * 60) {
            throw Problem.invalid("params." + name, "params." + name + " must be a number of minutes from " + (zeroAllowed ? 0 : 1)
                    + " to a year");
        }
        return minutes;
    }
}
