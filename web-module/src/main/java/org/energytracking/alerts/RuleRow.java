package org.energytracking.alerts;

import java.io.Serializable;
import java.util.function.BiFunction;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.Quantity;
import org.energytracking.alerts.entity.RuleParams;
import org.energytracking.alerts.entity.RuleView;

/** A rule as the rules list shows it: what it watches, in words of the alerts bundle ({@code texts}: key, arguments). */
public record RuleRow(long id, String name, String type, String deviceId, long siteId, String severity, boolean enabled, String watches)
        implements Serializable {

    static RuleRow of(RuleView view, BiFunction<String, Object[], String> texts) {
        AlertRule rule = view.rule();
        return new RuleRow(rule.id(), rule.name(), rule.type().apiName(), view.deviceId(), rule.siteId(), rule.severity().apiName(),
                rule.enabled(), watches(rule, texts));
    }

    private static String watches(AlertRule rule, BiFunction<String, Object[], String> texts) {
        RuleParams p = rule.params();
        return switch (rule.type()) {
            case OFFLINE -> texts.apply(p.afterMinutes() == null ? "rules.watches.offlineUsual" : "rules.watches.offline",
                    new Object[] {p.afterMinutes(), p.remindEveryMinutes()});
            case THRESHOLD -> texts.apply(p.above() != null ? "rules.watches.above" : "rules.watches.below",
                    new Object[] {p.quantity(), p.above() != null ? p.above() : p.below(), Quantity.parse(p.quantity()).unit(), p.forMinutes()});
            case BUDGET -> texts.apply("rules.watches.budget", new Object[] {p.measure(), p.amount(), p.period(), p.warnPercent()});
            case ANOMALY -> texts.apply("rules.watches.anomaly", new Object[] {p.k(), p.floorWh()});
            case BASE_LOAD -> texts.apply("rules.watches.baseLoad", new Object[0]);
        };
    }
}
