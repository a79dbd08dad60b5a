package org.energytracking.alerts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;

/** What to watch on a device, or on each device of a site (a budget: the site's total), and how loudly to say it. */
@Entity
@Table(name = "alert_rule")
public class AlertRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_id")
    private long ownerId;
    @Column(name = "site_id")
    private long siteId;
    @Column(name = "device_id")
    private Long deviceRowId;
    private String name;
    private String type;
    private String severity;
    private boolean enabled;
    @Column(name = "after_minutes")
    private Integer afterMinutes;
    @Column(name = "remind_every_minutes")
    private Integer remindEveryMinutes;
    private String quantity;
    private Boolean above;
    private Double bound;
    @Column(name = "for_minutes")
    private Integer forMinutes;
    @Column(name = "budget_measure")
    private String measure;
    @Column(name = "budget_amount")
    private BigDecimal amount;
    @Column(name = "budget_period")
    private String period;
    @Column(name = "warn_percent")
    private Integer warnPercent;
    private Double k;
    @Column(name = "floor_wh")
    private Double floorWh;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;

    protected AlertRule() {
    }

    public AlertRule(long ownerId, long siteId, Long deviceRowId, String name, RuleType type, Severity severity, boolean enabled,
            RuleParams params, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        change(siteId, deviceRowId, name, type, severity, enabled, params, now);
    }

    public void change(long siteId, Long deviceRowId, String name, RuleType type, Severity severity, boolean enabled,
            RuleParams params, Instant now) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw Problem.invalid("name", "name must be 1 to 120 characters");
        }
        RuleParams checked = params.checkedFor(type);
        this.siteId = siteId;
        this.deviceRowId = deviceRowId;
        this.name = name.strip();
        this.type = type.apiName();
        this.severity = severity.apiName();
        this.enabled = enabled;
        this.afterMinutes = checked.afterMinutes();
        this.remindEveryMinutes = checked.remindEveryMinutes();
        this.quantity = checked.quantity();
        this.above = checked.quantity() == null ? null : checked.above() != null;
        this.bound = checked.quantity() == null ? null : checked.above() != null ? checked.above() : checked.below();
        this.forMinutes = checked.forMinutes();
        this.measure = checked.measure();
        this.amount = checked.amount();
        this.period = checked.period();
        this.warnPercent = checked.warnPercent();
        this.k = checked.k();
        this.floorWh = checked.floorWh();
        this.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public RuleParams params() {
        return new RuleParams(afterMinutes, remindEveryMinutes, quantity, Boolean.TRUE.equals(above) ? bound : null,
                Boolean.FALSE.equals(above) ? bound : null, forMinutes, measure, amount, period, warnPercent, k, floorWh);
    }

    /** A threshold rule's condition. */
    public Condition condition() {
        return new Condition(Quantity.parse(quantity), above, bound, Duration.ofMinutes(forMinutes));
    }

    public boolean hasOwnDelay() {
        return afterMinutes != null;
    }

    /** An offline rule's silence allowed: its own, or what the device's usual interval gives. */
    public Duration silenceAllowed(Duration learned) {
        return afterMinutes != null ? Duration.ofMinutes(afterMinutes) : learned;
    }

    /** When the first reminder of an alert opened at {@code now} is due; null when this rule does not remind. */
    public Instant firstReminder(Instant now) {
        return remindEveryMinutes == null || remindEveryMinutes == 0 ? null
                : now.plus(Duration.ofMinutes(remindEveryMinutes)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The reminder after the one due at {@code due}, skipping those a stopped platform missed. */
    public Instant nextReminder(Instant due, Instant now) {
        Instant next = firstReminder(due);
        while (next != null && !next.isAfter(now)) {
            next = firstReminder(next);
        }
        return next;
    }

    public BudgetPeriod budgetPeriod() {
        return BudgetPeriod.parse(period);
    }

    /** A budget on cost (in the tariff's currency) rather than energy (Wh). */
    public boolean budgetsCost() {
        return "cost".equals(measure);
    }

    public BudgetLevel budgetLevel(double used) {
        return BudgetLevel.of(used, amount, warnPercent);
    }

    public boolean watchesDevice(long device) {
        return deviceRowId == null || deviceRowId == device;
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public long siteId() {
        return siteId;
    }

    public Long deviceRowId() {
        return deviceRowId;
    }

    public String name() {
        return name;
    }

    public RuleType type() {
        return RuleType.parse(type);
    }

    public Severity severity() {
        return Severity.parse(severity, "severity");
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
