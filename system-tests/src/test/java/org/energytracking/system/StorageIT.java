package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PlatformExtension.class)
class StorageIT {

    @Test
    void oneDayQueryTouchesOnePartition(Platform platform) throws Exception {
        long dayStart = LocalDate.now(ZoneOffset.UTC).minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        try (Connection db = platform.database(); Statement statement = db.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN PARTITIONS SELECT * FROM reading WHERE device_id = 1 AND ts >= "
                     + dayStart + " AND ts < " + (dayStart + 86_400_000L))) {
            plan.next();
            String partitions = plan.getString("partitions");
            assertThat(partitions).doesNotContain(",").matches("p\\d{6}");
        }
    }

    @Test
    void partitionMaintenanceRunsAsABatchJobWithItsRepositoryInMariaDb(Platform platform) throws Exception {
        String completed = "SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA e JOIN JOBINSTANCEDATA j ON j.jobinstanceid = e.jobinstanceid"
                + " WHERE j.name = 'partition-maintenance' AND e.batchstatus = 'COMPLETED'";
        await("a completed partition-maintenance job in the batch repository").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(countOrZero(platform, completed)).isPositive());
        assertThat(platform.queryLong("SELECT COUNT(*) FROM STEPEXECUTIONINSTANCEDATA WHERE exitstatus LIKE 'added %, dropped %'"))
                .isPositive();
    }

    /** The batch runtime creates its tables with its first job, so until then they are missing. */
    private static long countOrZero(Platform platform, String sql) {
        try {
            return platform.queryLong(sql);
        } catch (IllegalStateException tableNotThereYet) {
            return 0;
        }
    }

    @Test
    void partitionsCoverRetentionAndThreeMonthsAhead(Platform platform) {
        long months = platform.queryLong("SELECT COUNT(*) FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'reading' AND PARTITION_NAME LIKE 'p2%'");
        assertThat(months).isEqualTo(60 + 1 + 3);
        // planned at the start, or again by a maintenance run since: a suite that crosses a month's end sees either
        assertThat(platform.queryLong("SELECT MAX(CAST(PARTITION_DESCRIPTION AS UNSIGNED)) FROM information_schema.PARTITIONS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'reading'"))
                .isIn(aheadBound(platform.running().startedAt()), aheadBound(Instant.now()));
    }

    /** The end of the third month after the one {@code at} falls in (UTC), as epoch ms. */
    private static long aheadBound(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1).plusMonths(4).atStartOfDay(ZoneOffset.UTC)
                .toInstant().toEpochMilli();
    }
}
