package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/** No caller may wait for ever on a writer that is gone: it gets an answer it can hand back to the broker. */
class ReadingWriterStopTest {

    private static final List<Reading> ONE = List.of(IngestFixtures.power(IngestFixtures.TS, 120));

    @Test
    void aWriteAfterTheWriterStoppedFailsAtOnce() {
        ReadingWriter writer = started();
        writer.stop();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> writer.write(7, ONE)).isInstanceOf(StorageUnavailableException.class)
                        .hasMessageContaining("writer stopped"));
    }

    @Test
    void aWaitForACommitThatNeverComesEnds() {
        PendingWrite pending = new PendingWrite(7, ONE);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> pending.await(Duration.ofMillis(200))).isInstanceOf(StorageUnavailableException.class)
                        .hasMessageContaining("not committed within"));
    }

    @Test
    void aCommittedWriteReturns() throws InterruptedException {
        PendingWrite pending = new PendingWrite(7, ONE);
        pending.succeed();
        pending.await(Duration.ofMillis(200));
        assertThat(pending.size()).isEqualTo(1);
    }

    private static ReadingWriter started() {
        ReadingWriter writer = new ReadingWriter();
        writer.threadFactory = new PlainThreads();
        writer.maxBatchReadings = 100;
        writer.retryWindowSeconds = 1;
        writer.metrics = new IngestMetrics() {
            @Override
            void writerQueue(java.util.function.Supplier<Integer> queued) {
                // no registry here: the gauge is not what these tests look at
            }
        };
        writer.start();
        return writer;
    }

    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
