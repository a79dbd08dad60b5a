package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void aThreadsNameMayHoldSpacesAndParentheses() {
        ThreadCpu.Named named = ThreadCpu.parse("4242 (Thread-3 (Activ) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0");
        assertThat(named.name()).isEqualTo("Thread-3 (Activ");
        assertThat(named.ticks()).isEqualTo(300);
    }

    @Test
    void theBusiestThreadsSinceASnapshotComeFirstAndNewThreadsCountFromZero() {
        ThreadCpu before = new ThreadCpu(Map.of(1L, new ThreadCpu.Named("main", 100), 2L, new ThreadCpu.Named("activemq-buffer", 10)));
        ThreadCpu after = new ThreadCpu(Map.of(1L, new ThreadCpu.Named("main", 101), 2L, new ThreadCpu.Named("activemq-buffer", 610),
                3L, new ThreadCpu.Named("Thread-9 (Activ", 40)));
        assertThat(after.topSince(before, 2)).containsExactly(new ThreadCpu.Used(2, "activemq-buffer", 600),
                new ThreadCpu.Used(3, "Thread-9 (Activ", 40));
        // 6 s of CPU over 60 s and 120,000 messages
        assertThat(ThreadCpu.describe(after.topSince(before, 1), 60, 120_000)).contains("activemq-buffer", "0.10 cores", "50.0 µs/msg");
    }

    @Test
    void thisProcessHasThreadsToRead() throws Exception {
        assertThat(ThreadCpu.read(ProcessHandle.current().pid()).threads()).isNotEmpty();
    }
}
