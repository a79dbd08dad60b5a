package org.energytracking.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleDraft;
import org.energytracking.alerts.entity.RuleParams;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.RuleView;
import org.energytracking.alerts.entity.Severity;

/** The bodies /api/v1/alert-rules and /api/v1/alerts take and give. */
public final class AlertMessages {

    private AlertMessages() {
    }

    /** {@code params}: offline {after_minutes, remind_every_minutes}; threshold {quantity, above|below, for_minutes}; budget {measure, amount, period, warn_percent}. */
    public record Params(Integer afterMinutes, Integer remindEveryMinutes, String quantity, Double above, Double below,
                         Integer forMinutes, String measure, BigDecimal amount, String period, Integer warnPercent, Double k,
                         Double floorWh) {
        RuleParams toRuleParams() {
            return new RuleParams(afterMinutes, remindEveryMinutes, quantity, above, below, forMinutes, measure, amount, period, warnPercent,
                    k, floorWh);
        }

        static Params of(RuleParams p) {
            return new Params(p.afterMinutes(), p.remindEveryMinutes(), p.quantity(), p.above(), p.below(), p.forMinutes(), p.measure(),
                    p.amount(), p.period(), p.warnPercent(), p.k(), p.floorWh());
        }
    }

    public record RuleRequest(@NotBlank @Size(max = 120) String name, @NotBlank String type, @Size(max = 64) String deviceId, Long siteId,
                              String severity, Params params, Boolean enabled) {
        RuleDraft toDraft() {
            return new RuleDraft(name, RuleType.parse(type), deviceId, siteId, severity == null ? Severity.WARNING : Severity.parse(severity, "severity"),
                    params == null ? new RuleParams(null, null, null, null, null, null, null, null, null, null) : params.toRuleParams(),
                    enabled == null || enabled);
        }
    }

    public record RuleResponse(long id, String name, String type, String deviceId, long siteId, String severity, Params params,
                               boolean enabled, Instant createdAt, Instant updatedAt) {
        static RuleResponse of(RuleView view) {
            AlertRule rule = view.rule();
            return new RuleResponse(rule.id(), rule.name(), rule.type().apiName(), view.deviceId(), rule.siteId(), rule.severity().apiName(),
                    Params.of(rule.params()), rule.enabled(), rule.createdAt(), rule.updatedAt());
        }
    }

    public record Unsubscribed(@NotNull String message) {
    }
}
