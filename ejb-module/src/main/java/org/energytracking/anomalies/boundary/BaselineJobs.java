package org.energytracking.anomalies.boundary;

import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly {@code anomaly-baselines} batch job: started by the anomaly schedule or by an administrator, followed
 * by its execution id. {@code as_of} is a job parameter, so a restarted execution computes the same baselines.
 */
@Stateless
public class BaselineJobs {

    public static final String JOB = "anomaly-baselines";
    private static final Logger LOG = Logger.getLogger(BaselineJobs.class.getName());

    @PersistenceContext
    EntityManager em;

    public long start(int partitions) {
        Properties parameters = new Properties();
        parameters.setProperty("as_of", String.valueOf(Instant.now().toEpochMilli()));
        parameters.setProperty("partitions", String.valueOf(partitions));
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        LOG.log(Level.INFO, "Started {0} execution {1} in {2} partitions", new Object[] {JOB, execution, partitions});
        return execution;
    }

    public JobExecution execution(long executionId) {
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        if (!JOB.equals(execution.getJobName())) {
            throw new NoSuchJobExecutionException("not an anomaly baseline job: " + executionId);
        }
        return execution;
    }

    /** The devices of one partition (device id modulo {@code partitions}), after {@code afterId}, in id order. */
    public List<Long> devices(int partition, int partitions, long afterId) {
        return em.createQuery("SELECT d.id FROM Device d WHERE MOD(d.id, :n) = :p AND d.id > :after ORDER BY d.id", Long.class)
                .setParameter("n", (long) partitions).setParameter("p", (long) partition).setParameter("after", afterId).getResultList();
    }
}
