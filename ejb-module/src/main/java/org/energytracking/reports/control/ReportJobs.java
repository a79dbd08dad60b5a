package org.energytracking.reports.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.energytracking.reports.entity.RunRequested;

/**
 * Starts the report-runs batch job (batch-jobs module) for the runs it could take: those planned and waiting, and
 * those a dead job held until their lease ran out. A run is taken before the job starts, so two timers never hand
 * the same run to two jobs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportJobs {

    public static final String JOB = "report-runs";
    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    private static final int RUNS_PER_JOB = 20_000;

    @Inject
    ReportProduction production;

    /** Answers how many runs the started job holds. */
    public int startDue(Instant now) {
        return start(production.startable(now, RUNS_PER_JOB), now);
    }

    public void onRunRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunRequested requested) {
        try {
            start(List.of(requested.runId()), Instant.now());
        } catch (RuntimeException e) {
            // the next timer round takes it up
            LOG.log(Level.WARNING, "Could not start report run {0} at once: {1}", new Object[] {requested.runId(), e.toString()});
        }
    }

    private int start(List<Long> candidates, Instant now) {
        String holder = UUID.randomUUID().toString();
        List<Long> taken = production.takeAll(candidates, now, holder);
        if (taken.isEmpty()) {
            return 0;
        }
        Properties parameters = new Properties();
        parameters.setProperty("runs", taken.stream().map(String::valueOf).collect(Collectors.joining(",")));
        parameters.setProperty("holder", holder);
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        LOG.log(Level.INFO, "Started {0} execution {1} with {2} runs", new Object[] {JOB, execution, taken.size()});
        return taken.size();
    }
}
