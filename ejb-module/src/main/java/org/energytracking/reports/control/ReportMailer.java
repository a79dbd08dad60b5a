package org.energytracking.reports.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.control.OneTimeLinks;
import org.energytracking.kernel.NumberLocales;
import org.energytracking.mail.control.Mailer;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.reports.entity.ReportWords;

/**
 * Sends the due report emails: claimed, sent outside any transaction, then marked. The files go along up to
 * {@code reports.attachment-limit-bytes}, beyond it as download links. The Message-ID is the outbox row's, so
 * the one resend a crash between the send and the mark can cause shows once in stores that drop repeats.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = ReportMailer.EXECUTOR, maxAsync = ReportMailer.MAX_THREADS)
public class ReportMailer {

    /**
     * Its own executor: the container's default one has 2 core threads and an unbounded queue, so it never grew
     * beyond them and capped {@code reports.mail-threads} at 3 (those 2 and the timer's thread).
     */
    static final String EXECUTOR = "java:app/concurrent/reportMail";
    static final int MAX_THREADS = 16;

    private static final Logger LOG = Logger.getLogger(ReportMailer.class.getName());
    private static final int BATCH = 50;

    @Inject
    ReportEmailRows rows;
    @Inject
    Mailer mailer;
    @Inject
    OneTimeLinks links;
    @Inject
    @ConfigProperty(name = "reports.mail-threads")
    int threads;
    @Inject
    @ConfigProperty(name = "reports.locale")
    String locale;
    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    /**
     * Sends batch after batch while they come full, for at most {@code within}: one batch a round would cap a
     * 60 s round at 50 emails a minute, far below what a month's first morning brings.
     */
    public int sendDue(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int sent = 0;
        List<Long> due;
        do {
            due = rows.due(Instant.now(), BATCH * threads);
            sent += sendInParallel(due);
        } while (due.size() == BATCH * threads && System.nanoTime() < deadline);
        return sent;
    }

    /**
     * {@code reports.mail-threads} conversations at once (the executor's threads and this one): one at
     * a time, the emails of 2,000 monthly reports trailed the reports by 60–100 s (see docs/notes/issue-16.md).
     */
    private int sendInParallel(List<Long> due) {
        if (conversations() <= 1 || due.size() <= 1) {
            return send(due, Instant.now());
        }
        List<Future<Integer>> shares = new ArrayList<>();
        for (int share = 1; share < conversations(); share++) {
            List<Long> ids = every(due, share);
            shares.add(executor.submit(() -> send(ids, Instant.now())));
        }
        int sent = send(every(due, 0), Instant.now()); // the first share on this thread
        for (Future<Integer> share : shares) {
            try {
                sent += share.get();
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "Report emails not sent: {0}", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
        return sent;
    }

    /** The executor's threads and this one. */
    private int conversations() {
        return Math.min(threads, MAX_THREADS + 1);
    }

    private List<Long> every(List<Long> due, int share) {
        List<Long> ids = new ArrayList<>();
        for (int i = share; i < due.size(); i += conversations()) {
            ids.add(due.get(i));
        }
        return ids;
    }

    private int send(List<Long> due, Instant now) {
        int sent = 0;
        for (long id : due) {
            ReportMail mail = rows.claim(id, now).orElse(null);
            if (mail == null) {
                continue;
            }
            try {
                send(mail);
                rows.sent(id, Instant.now());
                sent++;
            } catch (Exception e) {
                Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
                LOG.log(Level.WARNING, "Report email {0} to {1} not sent: {2}", new Object[] {id, mail.recipient(), cause.toString()});
                rows.failed(id, cause.getMessage() == null ? cause.toString() : cause.getMessage(), Instant.now());
            }
        }
        return sent;
    }

    private void send(ReportMail mail) throws Exception {
        ReportRun run = mail.run();
        boolean attach = mail.downloadToken() == null;
        String base = links.portal() + "api/v1/report-downloads/" + mail.downloadToken() + "/";
        ReportMailText words = ReportMailText.of(ReportWords.of(NumberLocales.of(mail.locale() == null ? locale : mail.locale())), run.name(),
                run.period(), run.version(), mail.summary() == null ? run.summary() : mail.summary(),
                attach ? List.of() : mail.files().stream().map(file -> base + file.format().apiName()).toList(), mail.downloadUntil(), links.portal());
        List<Mailer.Attachment> attachments = !attach ? List.of() : mail.files().stream()
                .map(file -> new Mailer.Attachment(fileName(run, file), file.format().contentType(), file.content())).toList();
        mailer.deliver(mail.recipient(), words.subject(), words.text(), null,
                Map.of("Message-ID", "<report-email-" + mail.id() + "." + URI.create(links.portal()).getHost() + ">"), attachments);
    }

    static String fileName(ReportRun run, ReportFile file) {
        String name = (run.name() + "-" + run.periodKey() + (run.version() > 1 ? "-v" + run.version() : ""))
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        return name + "." + file.format().apiName();
    }
}
