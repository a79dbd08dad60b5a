package org.energytracking.reports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.reports.entity.ReportDefinition;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.sites.entity.Site;

/**
 * Plans the runs of the periods now due, a chunk of definitions per transaction, each under its row lock: a second
 * timer waits and then finds nothing left to plan, and the unique key (definition, period, version) refuses a
 * duplicate whatever happens. A transaction per definition took 40 s for 10,000 before the first report began.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportPlanner {

    private static final Logger LOG = Logger.getLogger(ReportPlanner.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The definitions with a period due by now (so a timer round over 10,000 definitions reads only those). */
    public List<Long> due(Instant now) {
        return em.createQuery("SELECT d.id FROM ReportDefinition d WHERE d.enabled = TRUE AND d.nextDueAt <= :now ORDER BY d.nextDueAt, d.id",
                Long.class).setParameter("now", now).getResultList();
    }

    /** Plans the definitions' due periods, each definition's oldest first; answers how many. */
    public int plan(List<Long> definitionIds, Instant now) {
        int planned = 0;
        for (long definitionId : definitionIds) {
            planned += plan(definitionId, now);
        }
        if (planned > 0) {
            LOG.log(Level.INFO, "Planned {0} report runs of {1} definitions", new Object[] {planned, definitionIds.size()});
        }
        return planned;
    }

    private int plan(long definitionId, Instant now) {
        ReportDefinition definition = em.find(ReportDefinition.class, definitionId, LockModeType.PESSIMISTIC_WRITE);
        if (definition == null) {
            return 0;
        }
        ZoneId zone = ZoneId.of(em.find(Site.class, definition.siteId()).timezone());
        List<ReportPeriod> due = definition.planDue(zone, now);
        List<String> ranByHand = due.isEmpty() ? List.of() : em.createQuery(
                "SELECT DISTINCT r.periodKey FROM ReportRun r WHERE r.definitionId = :id AND r.periodKey IN :keys", String.class)
                .setParameter("id", definitionId).setParameter("keys", due.stream().map(ReportPeriod::key).toList()).getResultList();
        // a past period someone ran before the timer planned it (first_period in the past) is made and sent already
        due.removeIf(period -> ranByHand.contains(period.key()));
        for (ReportPeriod period : due) {
            em.persist(ReportRun.of(definition, period, 1, now));
            em.flush(); // ids in period order: EclipseLink would insert the new rows of one commit in any order
            LOG.log(Level.FINE, "Planned report {0} \"{1}\" for {2}", new Object[] {definitionId, definition.name(), period.key()});
        }
        return due.size();
    }
}
