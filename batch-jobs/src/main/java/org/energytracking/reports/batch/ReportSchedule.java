package org.energytracking.reports.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.cluster.control.ScheduledRounds;
import org.energytracking.reports.control.ReportJobs;
import org.energytracking.reports.control.ReportMailer;
import org.energytracking.reports.control.ReportPlanner;
import org.energytracking.reports.control.ReportProduction;

/**
 * Every {@code reports.check-interval-seconds}: plans the periods now due (missed ones too, oldest first), starts
 * a report-runs job for the runs waiting (or left by a job that died), sends the report emails due, and forgets
 * runs past {@code reports.keep-months}: once per round across a deployment group (the lease holder).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportSchedule {

    public static final String JOB = "reports";
    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());
    /** Definitions planned per transaction. */
    private static final int PLAN_CHUNK = 200;

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "reports.check-interval-seconds")
    int intervalSeconds;
    @Inject
    @ConfigProperty(name = "reports.keep-months")
    int keepMonths;
    @Inject
    ReportPlanner planner;
    @Inject
    ReportJobs jobs;
    @Inject
    ReportMailer mailer;
    @Inject
    ReportProduction production;
    @Inject
    ScheduledRounds scheduled;

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig("reports", false));
    }

    @Timeout
    void tick() {
        scheduled.oncePerGroup(JOB, Duration.ofSeconds(intervalSeconds), this::round);
    }

    private void round() {
        Instant now = Instant.now();
        List<Long> due = planner.due(now);
        for (int from = 0; from < due.size(); from += PLAN_CHUNK) {
            List<Long> chunk = due.subList(from, Math.min(due.size(), from + PLAN_CHUNK));
            try {
                planner.plan(chunk, now);
            } catch (RuntimeException e) {
                // the other chunks, the waiting runs and the outbox still get their turn
                LOG.log(Level.WARNING, "Planning the reports of definitions " + chunk + " failed", e);
            }
        }
        jobs.startDue(now);
        mailer.sendDue(Duration.ofSeconds(Math.max(1, intervalSeconds)));
        production.forget(now.atOffset(ZoneOffset.UTC).minusMonths(keepMonths).toInstant());
    }
}
