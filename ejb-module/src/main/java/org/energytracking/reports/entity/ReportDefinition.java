package org.energytracking.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.energytracking.kernel.UtcInstant;

/**
 * A report that comes every period of a site (or of some of its devices). It remembers the first period it has
 * not planned yet, so periods missed while the platform was down are planned once each, oldest first.
 */
@Entity
@Table(name = "report_definition")
public class ReportDefinition {

    /** Catching up after a long downtime plans at most this many periods per round (the rest the next rounds). */
    static final int MAX_PLANNED_PER_ROUND = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_id")
    private long ownerId;
    @Column(name = "site_id")
    private long siteId;
    private String name;
    private String cadence;
    @Column(name = "delivery_time")
    private String deliveryTime;
    private String formats;
    @Column(name = "device_ids")
    private String deviceIds;
    @Column(name = "user_ids")
    private String userIds;
    private String sections;
    @Column(name = "next_period_start")
    private LocalDate nextPeriodStart;
    @Column(name = "next_due_at")
    @Convert(converter = UtcInstant.class)
    private Instant nextDueAt;
    private boolean enabled;
    @Column(name = "attachment_limit_bytes")
    private Long attachmentLimitBytes;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;

    protected ReportDefinition() {
    }

    /** Planned from {@code firstPeriod}: the current period unless the draft asks for earlier ones. */
    public ReportDefinition(long ownerId, long siteId, ReportDraft draft, ReportPeriod firstPeriod, ZoneId zone, Instant now) {
        this.ownerId = ownerId;
        this.siteId = siteId;
        this.createdAt = now;
        this.nextPeriodStart = firstPeriod.first();
        change(draft, zone, now);
    }

    public void change(ReportDraft draft, ZoneId zone, Instant now) {
        if (cadence != null && !cadence.equals(draft.cadence().apiName())) {
            // a new cadence starts with its period that holds the old next start
            nextPeriodStart = ReportPeriod.containing(draft.cadence(), nextPeriodStart).first();
        }
        name = draft.name();
        cadence = draft.cadence().apiName();
        deliveryTime = draft.deliveryTime().toString();
        formats = ReportFormat.stored(draft.formats());
        deviceIds = IdList.stored(draft.deviceRowIds());
        userIds = IdList.stored(draft.userIds());
        userIds = userIds == null ? "" : userIds;
        sections = Section.stored(draft.sections());
        enabled = draft.enabled();
        attachmentLimitBytes = draft.attachmentLimitBytes();
        updatedAt = now;
        nextDueAt = ReportPeriod.containing(cadence(), nextPeriodStart).dueAt(zone, deliveryTime());
    }

    /** The periods now due and not planned yet, oldest first; marks them planned. */
    public List<ReportPeriod> planDue(ZoneId zone, Instant now) {
        List<ReportPeriod> due = new ArrayList<>();
        if (!enabled) {
            return due;
        }
        ReportPeriod period = ReportPeriod.containing(cadence(), nextPeriodStart);
        while (due.size() < MAX_PLANNED_PER_ROUND && !period.dueAt(zone, deliveryTime()).isAfter(now)) {
            due.add(period);
            period = period.next();
        }
        nextPeriodStart = period.first();
        nextDueAt = period.dueAt(zone, deliveryTime());
        return due;
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

    public String name() {
        return name;
    }

    public Cadence cadence() {
        return Cadence.of(cadence);
    }

    public LocalTime deliveryTime() {
        return LocalTime.parse(deliveryTime);
    }

    public List<ReportFormat> formats() {
        return ReportFormat.listOf(formats);
    }

    public String storedFormats() {
        return formats;
    }

    /** Empty: the whole site. */
    public List<Long> deviceRowIds() {
        return IdList.parse(deviceIds);
    }

    public List<Long> userIds() {
        return IdList.parse(userIds);
    }

    public List<Section> sections() {
        return Section.listOf(sections);
    }

    public String storedSections() {
        return sections;
    }

    public String storedDeviceIds() {
        return deviceIds;
    }

    public LocalDate nextPeriodStart() {
        return nextPeriodStart;
    }

    /** When the first period not planned yet is due. */
    public Instant nextDueAt() {
        return nextDueAt;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Null: the platform's. */
    public Long attachmentLimitBytes() {
        return attachmentLimitBytes;
    }

    /** Files of up to this many bytes together are attached, larger ones go as links. */
    public long attachmentLimit(long platformLimit) {
        return attachmentLimitBytes == null ? platformLimit : Math.min(attachmentLimitBytes, platformLimit);
    }

    /** What a person sets, by the API's names (devices and outside addresses aside), for the audit trail. */
    public Map<String, String> described() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("period", cadence);
        fields.put("delivery_time", deliveryTime);
        fields.put("formats", formats);
        fields.put("user_ids", userIds);
        fields.put("sections", sections);
        fields.put("enabled", Boolean.toString(enabled));
        fields.put("attachment_limit_bytes", attachmentLimitBytes == null ? "" : attachmentLimitBytes.toString());
        return fields;
    }

    /** "name: Home → House; enabled: true → false": the fields that differ, in order; empty when none. */
    public static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field + ": " + before.get(field) + " → " + value);
            }
        });
        return String.join("; ", changed);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
