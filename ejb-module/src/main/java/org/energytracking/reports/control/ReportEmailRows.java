package org.energytracking.reports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.entity.Secret;
import org.energytracking.notify.control.Leases;
import org.energytracking.notify.entity.Delivery;
import org.energytracking.notify.entity.RetrySchedule;
import org.energytracking.reports.entity.ReportDefinition;
import org.energytracking.reports.entity.ReportEmail;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportFormat;
import org.energytracking.reports.entity.ReportRun;

/** The reports' outbox rows, each step in a short transaction of its own, claimed by a lease as notify's are. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportEmailRows {

    @PersistenceContext
    EntityManager em;
    @Inject
    RetrySchedule schedule;
    @Inject
    @ConfigProperty(name = "reports.attachment-limit-bytes")
    long attachmentLimit;
    @Inject
    @ConfigProperty(name = "reports.download-link-valid-for")
    Duration downloadValidFor;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT e.id FROM ReportEmail e WHERE e.delivery.state = 'pending' AND e.delivery.dueAt <= :now"
                + " ORDER BY e.delivery.dueAt", Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** The email with its run and files, if no one else claimed it since it was read. */
    public Optional<ReportMail> claim(long id, Instant now) {
        ReportEmail row = em.find(ReportEmail.class, id);
        if (row == null || row.delivery().state() != Delivery.State.PENDING
                || !Leases.take(em, "report_email", id, row.delivery().dueAt(), now)) {
            return Optional.empty();
        }
        ReportRun run = em.find(ReportRun.class, row.runId());
        List<ReportFile> files = em.createQuery("SELECT f FROM ReportFile f WHERE f.runId = :run ORDER BY f.format DESC", ReportFile.class)
                .setParameter("run", run.id()).getResultList();
        files.forEach(ReportFile::content); // fetched while the transaction is open
        if (row.ownPdf() != null) {
            files = files.stream().map(file -> file.format() == ReportFormat.PDF ? new ReportFile(run.id(), ReportFormat.PDF, row.ownPdf()) : file)
                    .toList();
        }
        ReportMail mail = new ReportMail(row.id(), row.recipient(), run, files, null, null, row.locale(), row.summary());
        ReportDefinition definition = run.definitionId() == null ? null : em.find(ReportDefinition.class, run.definitionId());
        if (mail.size() <= (definition == null ? attachmentLimit : definition.attachmentLimit(attachmentLimit))) {
            return Optional.of(mail);
        }
        Secret token = Secret.generate();
        row.linkFiles(token.hash(), now.plus(downloadValidFor));
        return Optional.of(new ReportMail(row.id(), row.recipient(), run, files, token.value(), row.downloadUntil(), row.locale(), row.summary()));
    }

    public void sent(long id, Instant now) {
        em.find(ReportEmail.class, id).sent(now);
    }

    public void failed(long id, String error, Instant now) {
        em.find(ReportEmail.class, id).failed(error, schedule, now);
    }
}
