package org.energytracking.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.control.DefinitionDrafts;
import org.energytracking.reports.control.PdfPreview;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportFormat;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.reports.entity.RunRequested;
import org.energytracking.reports.entity.RunView;
import org.energytracking.reports.entity.Section;
import org.energytracking.sites.control.SiteAccess;
import org.energytracking.sites.entity.Site;

/** The runs of the sites the caller may see (scheduled, run again, custom), their files, and custom reports. */
@Stateless
public class ReportRuns {

    /** The analytics behind a report compare at most a year and a day. */
    static final int MAX_CUSTOM_DAYS = 366;

    @PersistenceContext
    EntityManager em;
    @Inject
    SiteAccess access;
    @Inject
    CurrentCaller current;
    @Inject
    DefinitionDrafts drafts;
    @Inject
    Event<RunRequested> requested;

    private final Clock clock = Clock.systemUTC();

    /** Newest first; {@code from}/{@code to} bound when they were made. */
    public List<RunView> list(Long definitionId, Instant from, Instant to, int limit) {
        Optional<List<Long>> sites = access.sitesAllowing(ReportDefinitions.READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        String where = " WHERE r.createdAt >= :from AND r.createdAt < :to" + (sites.isPresent() ? " AND r.siteId IN :sites" : "")
                + (definitionId != null ? " AND r.definitionId = :definition" : "");
        TypedQuery<ReportRun> query = em.createQuery("SELECT r FROM ReportRun r" + where + " ORDER BY r.id DESC", ReportRun.class)
                .setParameter("from", from == null ? Instant.EPOCH : from)
                .setParameter("to", to == null ? Instant.parse("9999-01-01T00:00:00Z") : to).setMaxResults(limit);
        sites.ifPresent(ids -> query.setParameter("sites", ids));
        if (definitionId != null) {
            query.setParameter("definition", definitionId);
        }
        return query.getResultStream().map(this::view).toList();
    }

    public RunView find(long id) {
        return view(readable(id));
    }

    public ReportFile file(long id, String format) {
        ReportRun run = readable(id);
        ReportFormat wanted;
        try {
            wanted = ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no " + format + " file of report run " + id);
        }
        return Optional.ofNullable(em.find(ReportFile.class, new ReportFile.Key(run.id(), wanted.apiName())))
                .orElseThrow(() -> Problem.notFound("no " + format + " file of report run " + id + (run.state() == ReportRun.State.DONE ? "" : " yet")));
    }

    /** The first page of the run's PDF as a PNG. */
    public byte[] preview(long id) {
        return PdfPreview.firstPage(file(id, ReportFormat.PDF.apiName()).content());
    }

    /** A report of any local days [from, to) of a site, or of some of its devices, made once and kept. */
    public RunView custom(Long siteId, List<String> deviceIds, LocalDate from, LocalDate to, List<String> formats) {
        if (siteId == null) {
            throw Problem.invalid("site_id", "site_id is required");
        }
        access.require(siteId, ReportDefinitions.WRITE, "site " + siteId);
        if (from == null || to == null || !from.isBefore(to)) {
            throw Problem.invalid("to", "from and to are local dates, to after from");
        }
        if (from.plusDays(MAX_CUSTOM_DAYS).isBefore(to)) {
            throw Problem.invalid("to", "a custom report covers at most " + MAX_CUSTOM_DAYS + " days");
        }
        Site site = em.find(Site.class, siteId);
        ReportRun run = new ReportRun(current.get().userId(), siteId, site.name(), ReportPeriod.custom(from, to),
                drafts.deviceRowIds(deviceIds, siteId), DefinitionDrafts.formats(formats), List.of(Section.values()), clock.instant());
        em.persist(run);
        em.flush();
        requested.fire(new RunRequested(run.id()));
        return new RunView(run, List.of());
    }

    private RunView view(ReportRun run) {
        List<RunView.File> files = em.createQuery("SELECT f.format, f.sizeBytes FROM ReportFile f WHERE f.runId = :run ORDER BY f.format DESC", Object[].class)
                .setParameter("run", run.id()).getResultStream()
                .map(row -> new RunView.File((String) row[0], ((Number) row[1]).longValue())).toList();
        return new RunView(run, files);
    }

    private ReportRun readable(long id) {
        ReportRun run = em.find(ReportRun.class, id);
        if (run == null) {
            throw Problem.notFound("no report run " + id);
        }
        access.require(run.siteId(), ReportDefinitions.READ, "report run " + id);
        return run;
    }
}
