package org.energytracking.alerts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;

/**
 * One episode of a rule's condition on one subject (a device, or a site's total): opened once, reminded on
 * a schedule, resolved by itself or by hand. While it is not resolved, {@code active} is 1 and the database's
 * unique key (rule, subject, active) refuses a second one, however two evaluations race.
 */
@Entity
@Table(name = "alert")
public class Alert {

    /** A flapping plug reopens its alert instead of making a new one (and a new storm of emails). */
    public static final Duration REOPEN_WITHIN = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rule_id")
    private long ruleId;
    @Column(name = "site_id")
    private long siteId;
    @Column(name = "device_id")
    private Long deviceRowId;
    @Column(name = "subject_key")
    private long subjectKey;
    private Integer active;
    private String type;
    private String severity;
    private String state;
    @Column(name = "subject_name")
    private String subjectName;
    @Column(name = "since_at")
    @Convert(converter = UtcInstant.class)
    private Instant since;
    @Column(name = "period_end_at")
    @Convert(converter = UtcInstant.class)
    private Instant periodEnd;
    private Double observed;
    private Double expected;
    private String note;
    @Column(name = "escalated_at")
    @Convert(converter = UtcInstant.class)
    private Instant escalatedAt;
    private String currency;
    private int openings;
    private int reminders;
    @Column(name = "next_reminder_at")
    @Convert(converter = UtcInstant.class)
    private Instant nextReminderAt;
    @Column(name = "opened_at")
    @Convert(converter = UtcInstant.class)
    private Instant openedAt;
    @Column(name = "acknowledged_at")
    @Convert(converter = UtcInstant.class)
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;
    @Column(name = "resolved_at")
    @Convert(converter = UtcInstant.class)
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private Long resolvedBy;

    protected Alert() {
    }

    /** A new episode of {@code rule} on a device ({@code deviceRowId}) or, with null, on the rule's site as a whole. */
    public static Alert open(AlertRule rule, Long deviceRowId, String subjectName, Instant since, Double observed, Instant now) {
        Alert alert = new Alert();
        alert.ruleId = rule.id();
        alert.siteId = rule.siteId();
        alert.deviceRowId = deviceRowId;
        alert.subjectKey = deviceRowId == null ? 0 : deviceRowId;
        alert.activate();
        alert.type = rule.type().apiName();
        alert.severity = rule.severity().apiName();
        alert.subjectName = subjectName;
        alert.since = since.truncatedTo(ChronoUnit.MILLIS);
        alert.observed = observed;
        alert.openings = 1;
        alert.openedAt = now.truncatedTo(ChronoUnit.MILLIS);
        alert.nextReminderAt = rule.firstReminder(now);
        return alert;
    }

    /**
     * A budget's alert for the period that begins at {@code periodStart} (its {@code since}): a warning, or
     * escalated at once when the period is past 100 % by the time it is first looked at.
     */
    public static Alert budget(AlertRule rule, Long deviceRowId, String subjectName, Instant periodStart, BudgetUse use, Instant now) {
        BudgetLevel level = rule.budgetLevel(use.used());
        Alert alert = open(rule, deviceRowId, subjectName, periodStart, use.used(), now);
        alert.severity = level.severity(rule.severity()).apiName();
        alert.currency = use.currency();
        alert.escalatedAt = level == BudgetLevel.OVER ? alert.openedAt : null;
        return alert;
    }

    /** An anomaly (Wh) or base-load (W) alert about [start, end): {@code expected} against {@code observed}. */
    public static Alert period(AlertRule rule, Long deviceRowId, String subjectName, Instant start, Instant end, double expected,
            double observed, Instant now) {
        Alert alert = open(rule, deviceRowId, subjectName, start, observed, now);
        alert.restate(end, expected, observed);
        return alert;
    }

    /** The period's figures as the latest rollups tell them (a run of unusual hours grew, late readings came). */
    public void restate(Instant end, double expected, double observed) {
        this.periodEnd = end.truncatedTo(ChronoUnit.MILLIS);
        this.expected = expected;
        this.observed = observed;
    }

    public void withdraw(String why, Instant now) {
        note = why;
        if (state() != AlertState.RESOLVED) {
            resolve(null, now);
        }
    }

    /** The budget is reached: the rule's severity, and open again if someone had acknowledged or resolved the warning. */
    public String escalate(AlertRule rule, BudgetUse use, Instant now) {
        severity = rule.severity().apiName();
        escalatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        observe(use);
        activate();
        return AlertChanged.ESCALATED;
    }

    private void activate() {
        active = 1;
        state = AlertState.OPEN.apiName();
        acknowledgedAt = null;
        acknowledgedBy = null;
        resolvedAt = null;
        resolvedBy = null;
    }

    public void observe(BudgetUse use) {
        observed = use.used();
        currency = use.currency();
    }

    /** Resolved within {@link #REOPEN_WITHIN} of {@code now}: the same episode goes on. */
    public boolean reopensAt(Instant now) {
        return state() == AlertState.RESOLVED && resolvedAt != null && !resolvedAt.plus(REOPEN_WITHIN).isBefore(now);
    }

    /** The episode goes on (see {@link #reopensAt}); returns the event its notifications are keyed by. */
    public String reopen(AlertRule rule, Double observed, Instant since, Instant now) {
        activate();
        openings++;
        // the new silence's start: an offline alert kept at the first one's sees "back online" at once, every check
        this.since = since.truncatedTo(ChronoUnit.MILLIS);
        this.observed = observed;
        nextReminderAt = rule.firstReminder(now);
        return "reopened-" + openings;
    }

    public void acknowledge(long userId, Instant now) {
        if (state() != AlertState.OPEN) {
            throw Problem.conflict("state", "only an open alert can be acknowledged; this one is " + state().apiName());
        }
        state = AlertState.ACKNOWLEDGED.apiName();
        acknowledgedAt = now.truncatedTo(ChronoUnit.MILLIS);
        acknowledgedBy = userId;
    }

    /** Ends the episode, by a user or by itself ({@code userId} null); returns its notifications' event key (resolved-2...). */
    public String resolve(Long userId, Instant now) {
        if (state() == AlertState.RESOLVED) {
            throw Problem.conflict("state", "the alert is resolved already");
        }
        state = AlertState.RESOLVED.apiName();
        active = null;
        resolvedAt = now.truncatedTo(ChronoUnit.MILLIS);
        resolvedBy = userId;
        nextReminderAt = null;
        return openings > 1 ? AlertChanged.RESOLVED + "-" + openings : AlertChanged.RESOLVED;
    }

    /** A reminder is due: counts it, schedules the next, and returns the event its notifications are keyed by. */
    public String remind(AlertRule rule, Instant now) {
        reminders++;
        nextReminderAt = rule.nextReminder(nextReminderAt, now);
        return "reminder-" + reminders;
    }

    public void observe(Double value) {
        observed = value;
    }

    /** What it says, in words, with the rule it was raised by. */
    public AlertText text(AlertRule rule) {
        return new AlertText(this, rule);
    }

    public Long id() {
        return id;
    }

    public long ruleId() {
        return ruleId;
    }

    public long siteId() {
        return siteId;
    }

    public Long deviceRowId() {
        return deviceRowId;
    }

    public RuleType type() {
        return RuleType.parse(type);
    }

    public Severity severity() {
        return Severity.parse(severity, "severity");
    }

    public AlertState state() {
        return AlertState.valueOf(state.toUpperCase(Locale.ROOT));
    }

    public String subjectName() {
        return subjectName;
    }

    public Instant since() {
        return since;
    }

    public Double observed() {
        return observed;
    }

    /** An anomaly's or base-load alert's period is [{@link #since}, this). */
    public Instant periodEnd() {
        return periodEnd;
    }

    /** The usual beside {@link #observed}: the baselines' Wh, or the usual night base load in W. */
    public Double expected() {
        return expected;
    }

    public String note() {
        return note;
    }

    /** A budget's alert that reached 100 %. */
    public boolean escalated() {
        return escalatedAt != null;
    }

    /** The currency of {@link #observed} for a budget on cost. */
    public String currency() {
        return currency;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Long acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Long resolvedBy() {
        return resolvedBy;
    }

    public Instant nextReminderAt() {
        return nextReminderAt;
    }
}
