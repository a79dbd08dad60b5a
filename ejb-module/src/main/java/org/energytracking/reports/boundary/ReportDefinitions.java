package org.energytracking.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.AuditEvent;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.control.DefinitionDrafts;
import org.energytracking.reports.control.ExternalRecipients;
import org.energytracking.reports.entity.DefinitionInput;
import org.energytracking.reports.entity.DefinitionView;
import org.energytracking.reports.entity.ReportDefinition;
import org.energytracking.reports.entity.ReportDraft;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.reports.entity.RunRequested;
import org.energytracking.reports.entity.RunView;
import org.energytracking.devices.entity.Device;
import org.energytracking.sites.control.SiteAccess;
import org.energytracking.sites.entity.Site;

/**
 * Report definitions of the sites the caller may see. A definition belongs to its site: whoever may write the
 * site's reports may change it or run it again; someone else's does not exist for the caller (404). Creating,
 * changing and deleting one is audited (what changed, by whom), and its history is readable by its site's readers.
 */
@Stateless
public class ReportDefinitions {

    static final Permission READ = Permission.of("reports:read");
    static final Permission WRITE = Permission.of("reports:write");
    private static final String TARGET = "report_definition:";

    @PersistenceContext
    EntityManager em;
    @Inject
    SiteAccess access;
    @Inject
    CurrentCaller current;
    @Inject
    DefinitionDrafts drafts;
    @Inject
    ExternalRecipients external;
    @Inject
    Event<RunRequested> requested;
    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public List<DefinitionView> list() {
        Optional<List<Long>> sites = access.sitesAllowing(READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        return sites.map(ids -> em.createQuery("SELECT d FROM ReportDefinition d WHERE d.siteId IN :sites ORDER BY d.id", ReportDefinition.class)
                        .setParameter("sites", ids).getResultList())
                .orElseGet(() -> em.createQuery("SELECT d FROM ReportDefinition d ORDER BY d.id", ReportDefinition.class).getResultList())
                .stream().map(this::view).toList();
    }

    public DefinitionView find(long id) {
        return view(readable(id, READ));
    }

    public DefinitionView create(DefinitionInput input, ClientInfo client) {
        if (input.siteId() == null) {
            throw Problem.invalid("site_id", "site_id is required");
        }
        access.require(input.siteId(), WRITE, "site " + input.siteId());
        ReportDraft draft = drafts.of(input, input.siteId(), current.get().userId());
        Instant now = clock.instant();
        ZoneId zone = zone(input.siteId());
        ReportDefinition definition = new ReportDefinition(current.get().userId(), input.siteId(), draft,
                firstPeriod(draft, input, zone, now), zone, now);
        em.persist(definition);
        em.flush();
        external.keep(definition.id(), draft.emails(), now);
        DefinitionView view = view(definition);
        audit.record(AuditAction.REPORT_DEFINITION_CREATED, TARGET + definition.id(), client, "site " + definition.siteId() + ": "
                + ReportDefinition.changes(Map.of(), described(view)));
        return view;
    }

    public DefinitionView update(long id, DefinitionInput input, ClientInfo client) {
        ReportDefinition definition = readable(id, WRITE);
        if (input.siteId() != null && input.siteId() != definition.siteId()) {
            throw Problem.invalid("site_id", "a definition stays on its site");
        }
        ReportDraft draft = drafts.of(input, definition.siteId(), current.get().userId());
        Instant now = clock.instant();
        Map<String, String> before = described(view(definition));
        definition.change(draft, zone(definition.siteId()), now);
        external.keep(definition.id(), draft.emails(), now);
        DefinitionView view = view(definition);
        audit.record(AuditAction.REPORT_DEFINITION_CHANGED, TARGET + id, client, ReportDefinition.changes(before, described(view)));
        return view;
    }

    public void delete(long id, ClientInfo client) {
        ReportDefinition definition = readable(id, WRITE);
        em.remove(definition);
        audit.record(AuditAction.REPORT_DEFINITION_DELETED, TARGET + id, client, "site " + definition.siteId() + ": " + definition.name());
    }

    /** Who created, changed and deleted the definition when, and what, newest first (the audit trail's events of it). */
    public List<AuditEvent> history(long id) {
        readable(id, READ);
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.target = :target ORDER BY e.id DESC", AuditEvent.class)
                .setParameter("target", TARGET + id).setMaxResults(500).getResultList();
    }

    /** Runs a period (the last finished one when none is named) again as a new version; the first run of it is version 1. */
    public RunView run(long id, String periodKey) {
        ReportDefinition definition = readable(id, WRITE);
        ZoneId zone = zone(definition.siteId());
        ReportPeriod period;
        try {
            period = periodKey == null || periodKey.isBlank()
                    ? ReportPeriod.containing(definition.cadence(), LocalDate.now(clock.withZone(zone))).previous()
                    : ReportPeriod.parse(definition.cadence(), periodKey);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("period", e.getMessage());
        }
        if (period.to(zone).isAfter(clock.instant())) {
            // its run would be version 1, the one the timer makes once the period is over
            throw Problem.invalid("period", period.key() + " is not over yet; a custom report (POST /api/v1/reports) covers the days so far");
        }
        Integer last = em.createQuery("SELECT MAX(r.version) FROM ReportRun r WHERE r.definitionId = :id AND r.periodKey = :key", Integer.class)
                .setParameter("id", id).setParameter("key", period.key()).getSingleResult();
        ReportRun run = ReportRun.of(definition, period, last == null ? 1 : last + 1, clock.instant());
        em.persist(run);
        em.flush();
        requested.fire(new RunRequested(run.id()));
        return new RunView(run, List.of());
    }

    private ReportPeriod firstPeriod(ReportDraft draft, DefinitionInput input, ZoneId zone, Instant now) {
        ReportPeriod current = ReportPeriod.containing(draft.cadence(), LocalDate.ofInstant(now, zone));
        if (input.firstPeriod() == null || input.firstPeriod().isBlank()) {
            return current;
        }
        try {
            ReportPeriod first = ReportPeriod.parse(draft.cadence(), input.firstPeriod());
            if (first.first().isAfter(current.first()) || first.first().isBefore(current.first().minusYears(5))) {
                throw new IllegalArgumentException("the first period is at most five years back and not in the future");
            }
            return first;
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("first_period", e.getMessage());
        }
    }

    private ZoneId zone(long siteId) {
        return ZoneId.of(em.find(Site.class, siteId).timezone());
    }

    private static Map<String, String> described(DefinitionView view) {
        Map<String, String> fields = new LinkedHashMap<>(view.definition().described());
        fields.put("device_ids", String.join(",", view.deviceIds()));
        fields.put("emails", view.emails().stream().map(DefinitionView.Recipient::email).collect(Collectors.joining(",")));
        return fields;
    }

    private DefinitionView view(ReportDefinition definition) {
        List<String> devices = definition.deviceRowIds().stream().map(row -> em.find(Device.class, row))
                .filter(device -> device != null).map(Device::deviceId).toList();
        return new DefinitionView(definition, devices, external.of(definition.id()));
    }

    private ReportDefinition readable(long id, Permission permission) {
        ReportDefinition definition = em.find(ReportDefinition.class, id);
        if (definition == null) {
            throw Problem.notFound("no report definition " + id);
        }
        access.require(definition.siteId(), permission, "report definition " + id);
        return definition;
    }
}
