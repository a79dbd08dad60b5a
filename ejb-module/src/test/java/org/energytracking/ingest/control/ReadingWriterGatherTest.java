package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/** How the writer gathers a batch: what is queued, up to its limit, and with a linger what arrives meanwhile. */
class ReadingWriterGatherTest {

    private static final List<Reading> ONE = List.of(IngestFixtures.power(IngestFixtures.TS, 120));
    private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>();
    private final List<PendingWrite> batch = new ArrayList<>();

    @Test
    void withoutLingerABatchTakesWhatIsQueuedAndNoMore() throws InterruptedException {
        queue.add(new PendingWrite(1, ONE));
        queue.add(new PendingWrite(2, ONE));
        assertThat(ReadingWriter.gather(queue, batch, 1, 100, 0)).isEqualTo(3);
        assertThat(batch).hasSize(2);
        assertThat(queue).isEmpty();
    }

    @Test
    void aBatchStopsAtItsLimitAndLeavesTheRestQueued() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            queue.add(new PendingWrite(i, ONE));
        }
        assertThat(ReadingWriter.gather(queue, batch, 1, 3, TimeUnit.SECONDS.toNanos(10))).isEqualTo(3);
        assertThat(queue).hasSize(3);
    }

    @Test
    void withLingerABatchTakesWhatArrivesMeanwhile() throws Exception {
        CountDownLatch gathering = new CountDownLatch(1);
        Thread late = new Thread(() -> {
            try {
                gathering.await();
                Thread.sleep(20);
                queue.put(new PendingWrite(9, ONE));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        late.start();
        gathering.countDown();
        long started = System.nanoTime();
        int readings = ReadingWriter.gather(queue, batch, 1, 2, TimeUnit.SECONDS.toNanos(30));
        assertThat(readings).isEqualTo(2); // the limit was reached by the late write: no waiting out the 30 s
        assertThat(batch).extracting(p -> p.deviceRowId).containsExactly(9L);
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(20));
        late.join();
    }

    @Test
    void aLingerWithNothingArrivingEndsOnTime() throws InterruptedException {
        long started = System.nanoTime();
        assertThat(ReadingWriter.gather(queue, batch, 1, 100, TimeUnit.MILLISECONDS.toNanos(30))).isEqualTo(1);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(30));
        assertThat(batch).isEmpty();
    }
}
