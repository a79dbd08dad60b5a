package org.energytracking.metering.batch;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.cluster.control.ScheduledRounds;
import org.energytracking.metering.boundary.Rollups;
import org.energytracking.metering.control.DeviceLocks;

/**
 * Every few seconds, re-rolls what the ingest writer marked stale, so new and late readings show
 * in the rollups within seconds: once per round across a deployment group (the lease holder).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollupTimer {

    public static final String JOB = "rollups";
    private static final Logger LOG = Logger.getLogger(RollupTimer.class.getName());
    private static final Duration EVERY = Duration.ofSeconds(5);
    private static final int MAX_ROUNDS = 20;

    @Inject
    Rollups rollups;
    @Inject
    DeviceLocks locks;
    @Inject
    ScheduledRounds scheduled;
    @Inject
    @ConfigProperty(name = "metering.rollup-batch")
    int batch;
    @Inject
    @ConfigProperty(name = "metering.rollup-span-days")
    int spanDays;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        scheduled.oncePerGroup(JOB, EVERY, this::round);
    }

    private void round() {
        // a bounded number of rounds: a range that keeps failing or widening must not pin the timer
        boolean backlog;
        int rounds = 0;
        do {
            List<Long> devices = rollups.staleDevices(batch);
            backlog = devices.size() == batch;
            for (long device : devices) {
                backlog |= roll(device) == spanDays;
            }
        } while (backlog && ++rounds < MAX_ROUNDS);
    }

    private int roll(long device) {
        try {
            return locks.whileHolding(device, () -> rollups.rollEarliest(device, spanDays));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not roll up device {0}: {1}", new Object[] {device, e.toString()});
            return 0;
        }
    }
}
