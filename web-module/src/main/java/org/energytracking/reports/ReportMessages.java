package org.energytracking.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.energytracking.identity.entity.AuditEvent;
import org.energytracking.reports.entity.DefinitionInput;
import org.energytracking.reports.entity.DefinitionView;
import org.energytracking.reports.entity.ReportDefinition;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.reports.entity.RunView;

/** The bodies /api/v1/report-definitions, /api/v1/reports and /api/v1/report-runs take and give. */
public final class ReportMessages {

    private ReportMessages() {
    }

    /**
     * @param period       daily, weekly, monthly or yearly
     * @param deliveryTime HH:mm local on the day after the period, default 06:00
     * @param firstPeriod  the first period reported (2026-10 monthly); default the current one
     * @param attachmentLimitBytes files larger than this together are sent as download links (at most, and by
     *                     default, the platform's REPORTS_ATTACHMENT_LIMIT_BYTES)
     */
    public record DefinitionRequest(@NotBlank @Size(max = 120) String name, Long siteId, @Size(max = 200) List<String> deviceIds,
                                    @NotBlank String period, String deliveryTime, List<String> formats,
                                    @Size(max = 50) List<Long> userIds, @Size(max = 50) List<String> emails,
                                    List<String> sections, String firstPeriod, Boolean enabled, Long attachmentLimitBytes) {
        DefinitionInput input() {
            return new DefinitionInput(name, siteId, deviceIds, period, deliveryTime, formats, userIds, emails, sections, firstPeriod, enabled,
                    attachmentLimitBytes);
        }
    }

    public record Email(String email, boolean confirmed) {
    }

    public record DefinitionResponse(long id, String name, long siteId, List<String> deviceIds, String period, String deliveryTime,
                                     List<String> formats, List<Long> userIds, List<Email> emails, List<String> sections,
                                     String nextPeriodStart, boolean enabled, Long attachmentLimitBytes, Instant createdAt) {
        static DefinitionResponse of(DefinitionView view) {
            ReportDefinition d = view.definition();
            return new DefinitionResponse(d.id(), d.name(), d.siteId(), view.deviceIds(), d.cadence().apiName(), d.deliveryTime().toString(),
                    d.formats().stream().map(f -> f.apiName()).toList(), d.userIds(),
                    view.emails().stream().map(e -> new Email(e.email(), e.confirmed())).toList(),
                    d.sections().stream().map(s -> s.apiName()).toList(), d.nextPeriodStart().toString(), d.enabled(), d.attachmentLimitBytes(),
                    d.createdAt());
        }
    }

    /** An audit event of a definition: {@code details} say what was set or changed ("name: A → B"). */
    public record HistoryEntry(Instant at, String action, Long userId, String email, String details) {
        static HistoryEntry of(AuditEvent event) {
            return new HistoryEntry(event.at(), event.action(), event.userId(), event.email(), event.details());
        }
    }

    /** {@code from}, {@code to}: local dates of the site, to exclusive. */
    public record CustomRequest(@NotNull Long siteId, List<String> deviceIds, @NotBlank String from, @NotBlank String to,
                                List<String> formats) {
    }

    public record File(String format, long sizeBytes, String href) {
    }

    public record RunResponse(long id, Long definitionId, long siteId, String name, String period, String periodKey, String periodFrom,
                              String periodTo, int version, String state, Instant createdAt, Instant startedAt, Instant finishedAt,
                              Long durationMs, Long sizeBytes, String error, String summary, List<File> files) {
        static RunResponse of(RunView view) {
            ReportRun r = view.run();
            return new RunResponse(r.id(), r.definitionId(), r.siteId(), r.name(), r.cadence().apiName(), r.periodKey(),
                    r.period().first().toString(), r.period().end().toString(), r.version(), r.state().name().toLowerCase(java.util.Locale.ROOT),
                    r.createdAt(), r.startedAt(), r.finishedAt(), r.durationMs(), r.sizeBytes(), r.error(), r.summary(),
                    view.files().stream().map(f -> new File(f.format(), f.sizeBytes(), "/api/v1/report-runs/" + r.id() + "/files/" + f.format())).toList());
        }
    }
}
