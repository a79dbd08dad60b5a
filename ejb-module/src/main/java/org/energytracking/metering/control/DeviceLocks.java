package org.energytracking.metering.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One re-roll of a device at a time in this JVM (the timer and a rebuild job may want the same device). Held
 * around the re-roll's own transaction, so the next one reads what the previous one committed. Across the
 * instances of a deployment group the re-roll's transaction also locks the device's rollup_lock row
 * ({@code Rollups}); this lock keeps a second thread here from holding a connection while it waits for that row.
 */
@ApplicationScoped
public class DeviceLocks {

    private static final int STRIPES = 64;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public DeviceLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public <T> T whileHolding(long deviceRowId, Supplier<T> work) {
        ReentrantLock lock = locks[(int) Math.floorMod(deviceRowId, (long) STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
