package org.energytracking.reports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.kernel.NumberLocales;
import org.energytracking.kernel.SqlIds;
import org.energytracking.kernel.UtcInstant;
import org.energytracking.reports.entity.ReportContent;
import org.energytracking.reports.entity.ReportEmail;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportFormat;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.reports.entity.ReportWords;

/**
 * Produces a run: its content, its files and its emails in one transaction, so a crash leaves all or none; a run
 * already done is left alone, so a job that runs an item again (restart from its checkpoint) changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportProduction {

    private static final Logger LOG = Logger.getLogger(ReportProduction.class.getName());
    private static final UtcInstant UTC = new UtcInstant();

    @PersistenceContext
    EntityManager em;
    @Inject
    ReportCompiler compiler;
    @Inject
    ReportRecipients recipients;
    @Inject
    @ConfigProperty(name = "reports.lease")
    Duration lease;
    @Inject
    @ConfigProperty(name = "reports.locale")
    String locale;

    private final Clock clock = Clock.systemUTC();

    /** Runs waiting for a job, and runs whose job died with them (lease run out), oldest first. */
    public List<Long> startable(Instant now, int limit) {
        return em.createQuery("SELECT r.id FROM ReportRun r WHERE r.state = 'pending' OR (r.state = 'running' AND r.leaseUntil < :now)"
                + " ORDER BY r.periodFrom, r.id", Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Takes for {@code holder} those of the runs nobody holds (waiting, or their lease ran out), as {@link ReportRun#take}
     * would one by one, in one statement per thousand: a transaction per run took 18 s for 10,000. Answers those
     * taken, oldest first.
     */
    public List<Long> takeAll(List<Long> runIds, Instant now, String holder) {
        List<Long> taken = new ArrayList<>();
        for (int from = 0; from < runIds.size(); from += 1000) {
            String ids = SqlIds.inList(runIds.subList(from, Math.min(runIds.size(), from + 1000)));
            em.createNativeQuery("UPDATE report_run SET state = 'running', lease_until = ?, lease_holder = ? WHERE id IN (" + ids + ")"
                            + " AND (state = 'pending' OR (state = 'running' AND lease_until <= ?))")
                    .setParameter(1, UTC.convertToDatabaseColumn(now.plus(lease))).setParameter(2, holder)
                    .setParameter(3, UTC.convertToDatabaseColumn(now)).executeUpdate();
            taken.addAll(em.createQuery("SELECT r.id FROM ReportRun r WHERE r.id IN :ids AND r.leaseHolder = :holder"
                    + " ORDER BY r.periodFrom, r.id", Long.class).setParameter("ids", runIds.subList(from, Math.min(runIds.size(), from + 1000)))
                    .setParameter("holder", holder).getResultList());
        }
        return taken;
    }

    /**
     * A new lease from now for those of the runs {@code holder} still holds (running, its own, lease not run out:
     * once it ran out, another job may have taken them up); answers how many.
     */
    public int renew(List<Long> runIds, String holder, Instant now) {
        if (runIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE report_run SET lease_until = ? WHERE id IN (" + SqlIds.inList(runIds) + ")"
                        + " AND state = 'running' AND lease_holder = ? AND lease_until >= ?")
                .setParameter(1, UTC.convertToDatabaseColumn(now.plus(lease))).setParameter(2, holder)
                .setParameter(3, UTC.convertToDatabaseColumn(now)).executeUpdate();
    }

    public Duration lease() {
        return lease;
    }

    /** Produces the run unless it is done or another job took it up after {@code holder}'s lease ran out. */
    public void produce(long runId, String holder) {
        ReportRun run = em.find(ReportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.heldBy(holder)) {
            return;
        }
        run.begin(clock.instant());
        ReportContent content = compiler.compile(run);
        Locale standard = Locale.forLanguageTag(locale);
        long size = 0;
        for (ReportFormat format : run.formats()) {
            byte[] bytes = format == ReportFormat.PDF ? ReportPdf.of(content, standard) : ReportCsv.of(content);
            em.persist(new ReportFile(run.id(), format, bytes));
            size += bytes.length;
        }
        Instant now = clock.instant();
        run.done(size, content.summary(), now);
        // a user who reads another locale gets a PDF (one per locale) and words of their own, the others the run's
        Map<String, byte[]> ownPdfs = new HashMap<>();
        for (ReportRecipients.Recipient recipient : recipients.of(run)) {
            boolean own = recipient.locale() != null && !NumberLocales.of(recipient.locale()).equals(standard);
            if (!own) {
                em.persist(new ReportEmail(run.id(), recipient.address(), now));
                continue;
            }
            Locale theirs = NumberLocales.of(recipient.locale());
            em.persist(new ReportEmail(run.id(), recipient.address(), now, recipient.locale(), content.summary(ReportWords.of(theirs)),
                    run.formats().contains(ReportFormat.PDF) ? ownPdfs.computeIfAbsent(recipient.locale(), tag -> ReportPdf.of(content, theirs)) : null));
        }
        LOG.log(Level.INFO, "Report run {0} ({1} {2} v{3}) done: {4} bytes in {5} ms",
                new Object[] {runId, run.name(), run.periodKey(), run.version(), size, run.durationMs()});
    }

    public void failed(long runId, String error) {
        ReportRun run = em.find(ReportRun.class, runId);
        if (run != null && run.state() == ReportRun.State.RUNNING) {
            run.failed(error, clock.instant());
            LOG.log(Level.WARNING, "Report run {0} failed: {1}", new Object[] {runId, error});
        }
    }

    /** Runs (and with them their files and emails) older than the kept months. */
    public int forget(Instant before) {
        return em.createNativeQuery("DELETE FROM report_run WHERE created_at < ?").setParameter(1, UTC.convertToDatabaseColumn(before)).executeUpdate();
    }
}
