package org.energytracking.simulator;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Prints a progress line to stderr once a second until closed. */
final class Progress implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Progress(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static Progress every(long periodMillis, Supplier<String> line) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                System.err.println(line.get());
            } catch (RuntimeException e) {
                System.err.println("progress: " + e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return new Progress(timer);
    }

    static Progress everySecond(Supplier<String> line) {
        return every(1000, line);
    }

    /** Rate over the time since the previous call: a small helper for "x/s" in progress lines. */
    static final class Rate {
        private long lastCount;
        private long lastNanos = System.nanoTime();

        synchronized double perSecond(long count) {
            long now = System.nanoTime();
            double rate = Math.max(0, count - lastCount) * 1e9 / Math.max(1, now - lastNanos);
            lastCount = count;
            lastNanos = now;
            return rate;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
