package org.energytracking.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.energytracking.kernel.UtcInstant;

/**
 * One report of one period, unique per definition, period and version: planned before it is computed, so
 * whoever plans it second (another timer, a restart) is refused by the key. A job takes it for a lease; one
 * that died with it is taken up again once the lease ran out.
 */
@Entity
@Table(name = "report_run")
public class ReportRun {

    public enum State { PENDING, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "definition_id")
    private Long definitionId;
    @Column(name = "owner_id")
    private long ownerId;
    @Column(name = "site_id")
    private long siteId;
    private String name;
    private String cadence;
    @Column(name = "period_key")
    private String periodKey;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    private int version;
    @Column(name = "device_ids")
    private String deviceIds;
    private String formats;
    private String sections;
    private String state;
    @Column(name = "lease_until")
    @Convert(converter = UtcInstant.class)
    private Instant leaseUntil;
    @Column(name = "lease_holder")
    private String leaseHolder;
    @Column(name = "started_at")
    @Convert(converter = UtcInstant.class)
    private Instant startedAt;
    @Column(name = "finished_at")
    @Convert(converter = UtcInstant.class)
    private Instant finishedAt;
    @Column(name = "duration_ms")
    private Long durationMs;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String error;
    private String summary;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected ReportRun() {
    }

    /** A definition's period; version 1 is the scheduled one, each run again one more. */
    public static ReportRun of(ReportDefinition definition, ReportPeriod period, int version, Instant now) {
        ReportRun run = new ReportRun(definition.ownerId(), definition.siteId(), definition.name(), period,
                definition.deviceRowIds(), definition.formats(), definition.sections(), now);
        run.definitionId = definition.id();
        run.version = version;
        return run;
    }

    /** A custom report, asked for once. */
    public ReportRun(long ownerId, long siteId, String name, ReportPeriod period, List<Long> deviceRowIds,
                     List<ReportFormat> formats, List<Section> sections, Instant now) {
        this.ownerId = ownerId;
        this.siteId = siteId;
        this.name = name;
        this.cadence = period.cadence().apiName();
        this.periodKey = period.key();
        this.periodFrom = period.first();
        this.periodTo = period.end();
        this.version = 1;
        this.deviceIds = IdList.stored(deviceRowIds);
        this.formats = ReportFormat.stored(formats);
        this.sections = Section.stored(sections);
        this.state = State.PENDING.name().toLowerCase(Locale.ROOT);
        this.createdAt = now;
    }

    /** Taken by a job ({@code holder}) until the lease runs out; false if finished or another job holds it. */
    public boolean take(Instant now, Duration lease, String holder) {
        State current = state();
        if (current == State.DONE || current == State.FAILED || (current == State.RUNNING && leaseUntil.isAfter(now))) {
            return false;
        }
        state = State.RUNNING.name().toLowerCase(Locale.ROOT);
        leaseUntil = now.plus(lease);
        leaseHolder = holder;
        return true;
    }

    /** Still this job's to produce: running and not taken up by another job since (a run taken before holders: any job's). */
    public boolean heldBy(String holder) {
        return state() == State.RUNNING && (leaseHolder == null || holder == null || leaseHolder.equals(holder));
    }

    /** Its job begins on it: the duration counts from here, not from the wait in the job's queue. */
    public void begin(Instant now) {
        startedAt = now;
    }

    public void done(long sizeBytes, String summary, Instant now) {
        state = State.DONE.name().toLowerCase(Locale.ROOT);
        this.sizeBytes = sizeBytes;
        this.summary = summary;
        finish(now);
    }

    public void failed(String error, Instant now) {
        state = State.FAILED.name().toLowerCase(Locale.ROOT);
        this.error = error == null ? "failed" : error.substring(0, Math.min(500, error.length()));
        finish(now);
    }

    private void finish(Instant now) {
        finishedAt = now;
        durationMs = Duration.between(startedAt == null ? now : startedAt, now).toMillis();
        leaseUntil = null;
        leaseHolder = null;
    }

    public ReportPeriod period() {
        return new ReportPeriod(cadence(), periodFrom, periodTo);
    }

    public Long id() {
        return id;
    }

    public Long definitionId() {
        return definitionId;
    }

    public long ownerId() {
        return ownerId;
    }

    public long siteId() {
        return siteId;
    }

    public String name() {
        return name;
    }

    public Cadence cadence() {
        return Cadence.of(cadence);
    }

    public String periodKey() {
        return periodKey;
    }

    public int version() {
        return version;
    }

    public List<Long> deviceRowIds() {
        return IdList.parse(deviceIds);
    }

    public List<ReportFormat> formats() {
        return ReportFormat.listOf(formats);
    }

    public List<Section> sections() {
        return Section.listOf(sections);
    }

    public State state() {
        return State.valueOf(state.toUpperCase(Locale.ROOT));
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Long durationMs() {
        return durationMs;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String error() {
        return error;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
