package org.energytracking.ingest.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.energytracking.ingest.entity.Reading;

/** One caller's readings waiting in the group-commit queue, and the caller waiting for their commit. */
final class PendingWrite {

    final long deviceRowId;
    final List<Reading> readings;
    private final CompletableFuture<Void> committed = new CompletableFuture<>();

    PendingWrite(long deviceRowId, List<Reading> readings) {
        this.deviceRowId = deviceRowId;
        this.readings = readings;
    }

    int size() {
        return readings.size();
    }

    void succeed() {
        committed.complete(null);
    }

    void fail(RuntimeException reason) {
        committed.completeExceptionally(reason);
    }

    void await(Duration limit) throws InterruptedException {
        try {
            committed.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            throw new StorageUnavailableException("readings not committed within " + limit.toSeconds() + " s", e);
        }
    }
}
