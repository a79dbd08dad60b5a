package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void ratesLossesAndDuplicates() {
        var lossy = new BenchmarkReport.PhaseResult("single", 1_000, 1_000, 900, 2.0, 1.5, 3);
        assertThat(lossy.messagesPerSecond()).isEqualTo(500.0);
        assertThat(lossy.readingsPerSecond()).isEqualTo(450.0);
        assertThat(lossy.lost()).isEqualTo(100);
        assertThat(lossy.duplicated()).isZero();
        var duplicated = new BenchmarkReport.PhaseResult("batch-100", 10, 1_000, 1_002, 1.0, 1.0, 0);
        assertThat(duplicated.lost()).isZero();
        assertThat(duplicated.duplicated()).isEqualTo(2);
    }

    @Test
    void tableShowsEveryColumnAndTheRatioToTheBaseline() {
        String table = BenchmarkReport.table(List.of(
                new BenchmarkReport.PhaseResult("single", 10_000, 10_000, 10_000, 2.0, 1.0, 0),
                new BenchmarkReport.PhaseResult("batch-100", 100, 10_000, 9_990, 1.0, 0.5, 0)), 20_000);
        String[] lines = table.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("phase", "messages/s", "readings/s", "lost", "duplicated",
                "raw baseline readings/s", "ratio");
        assertThat(lines[1].trim().split("\\s+")).containsExactly("single", "5,000", "5,000", "0", "0", "20,000", "0.250");
        assertThat(lines[2].trim().split("\\s+")).containsExactly("batch-100", "100", "9,990", "10", "0", "20,000", "0.500");
    }

    @Test
    void missingBaselineIsShownAsNotAvailable() {
        String table = BenchmarkReport.table(
                List.of(new BenchmarkReport.PhaseResult("single", 1, 1, 1, 1.0, 1.0, 0)), Double.NaN);
        assertThat(table.split("\n")[1]).endsWith("n/a     n/a");
    }
}
