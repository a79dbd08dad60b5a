package org.energytracking.ingest.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.ingest.entity.Reading;

/**
 * Group commit: callers (MDB sessions, HTTP requests) queue their readings and wait; one writer
 * thread takes everything queued, writes it as one JDBC batch and one commit, then releases them
 * all. While a commit is in flight the next batch gathers, so batches grow with the load and no
 * caller waits for a timer. A caller returns only once its readings are durable.
 */
@ApplicationScoped
public class ReadingWriter {

    private static final Logger LOG = Logger.getLogger(ReadingWriter.class.getName());
    private static final int AWAIT_MARGIN_SECONDS = 60;

    @Resource
    ManagedThreadFactory threadFactory;
    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Inject
    IngestMetrics metrics;
    @Inject
    ReadingsFeed feed;
    @Inject
    @ConfigProperty(name = "writer.max-batch-readings")
    int maxBatchReadings;
    @Inject
    @ConfigProperty(name = "writer.retry-window-seconds")
    int retryWindowSeconds;
    /** How long a batch waits for more readings after its first: fewer, larger commits for a few ms of latency. */
    @Inject
    @ConfigProperty(name = "writer.linger-millis")
    int lingerMillis;

    private ReadingTable table;
    private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread worker;

    @PostConstruct
    void start() {
        table = new ReadingTable(dataSource);
        metrics.writerQueue(queue::size);
        running = true;
        worker = threadFactory.newThread(this::drain);
        worker.setName("reading-writer");
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        worker.interrupt();
    }

    /**
     * Blocks until the readings are committed; throws if the database cannot take them or the writer
     * has stopped, so an MDB hands its message back to the broker instead of waiting for ever.
     */
    public void write(long deviceRowId, List<Reading> readings) throws InterruptedException {
        if (readings.isEmpty()) {
            return;
        }
        if (!running) {
            throw new StorageUnavailableException("writer stopped", null);
        }
        PendingWrite pending = new PendingWrite(deviceRowId, readings);
        queue.put(pending);
        if (!running && queue.remove(pending)) {
            // stopped between the check and the put, after the writer failed what was queued
            pending.fail(new StorageUnavailableException("writer stopped", null));
        }
        // a commit retries for the retry window; beyond it and a margin something is wrong with the writer itself
        pending.await(Duration.ofSeconds(retryWindowSeconds + AWAIT_MARGIN_SECONDS));
    }

    private void drain() {
        List<PendingWrite> batch = new ArrayList<>();
        while (running) {
            try {
                PendingWrite first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                commitWithRetry(batch, gather(queue, batch, first.size(), maxBatchReadings,
                        TimeUnit.MILLISECONDS.toNanos(lingerMillis)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                batch.forEach(p -> p.fail(new StorageUnavailableException("writer stopped", e)));
                break;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Reading writer failed a batch", e);
                batch.forEach(p -> p.fail(new StorageUnavailableException("writer failed: " + e, e)));
            }
            batch.clear();
        }
        queue.forEach(p -> p.fail(new StorageUnavailableException("writer stopped", null)));
    }

    /**
     * Adds what is queued to {@code batch} (which holds {@code readings} already) up to {@code maxReadings}, waiting up
     * to {@code lingerNanos} since the call for more to arrive; answers the readings gathered.
     */
    static int gather(BlockingQueue<PendingWrite> queue, List<PendingWrite> batch, int readings, int maxReadings,
                      long lingerNanos) throws InterruptedException {
        long until = System.nanoTime() + lingerNanos;
        while (readings < maxReadings) {
            PendingWrite next = queue.poll();
            if (next == null) {
                long left = until - System.nanoTime();
                if (left <= 0 || (next = queue.poll(left, TimeUnit.NANOSECONDS)) == null) {
                    break;
                }
            }
            batch.add(next);
            readings += next.size();
        }
        return readings;
    }

    private void commitWithRetry(List<PendingWrite> batch, int readings) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(retryWindowSeconds);
        long backoffMillis = 100;
        while (true) {
            try {
                long started = System.nanoTime();
                table.insert(batch);
                metrics.batchCommitted(readings, System.nanoTime() - started);
                batch.forEach(PendingWrite::succeed);
                feed.committed(batch);
                return;
            } catch (SQLException e) {
                if (!SqlFailures.isTransient(e)) {
                    commitEachAlone(batch);
                    return;
                }
                if (System.nanoTime() > deadline) {
                    batch.forEach(p -> p.fail(new StorageUnavailableException("database unavailable: " + e.getMessage(), e)));
                    return;
                }
                LOG.log(Level.WARNING, "Database unavailable, retrying {0} readings in {1} ms: {2}",
                        new Object[] {readings, backoffMillis, e.getMessage()});
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    /** A refusal of the data itself: find whose readings they were, so the others still land. */
    private void commitEachAlone(List<PendingWrite> batch) {
        for (PendingWrite pending : batch) {
            try {
                table.insert(List.of(pending));
                pending.succeed();
                feed.committed(List.of(pending));
            } catch (SQLException e) {
                pending.fail(SqlFailures.isTransient(e)
                        ? new StorageUnavailableException("database unavailable: " + e.getMessage(), e)
                        : new UnstorableReadingsException("database refused the readings: " + e.getMessage(), e));
            }
        }
    }
}
