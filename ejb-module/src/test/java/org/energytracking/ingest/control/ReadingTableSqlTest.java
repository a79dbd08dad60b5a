package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTableSqlTest {

    @Test
    void upsertHasSevenPlaceholdersPerRowAndKeepsStoredFieldsTheNewRowLacks() {
        String sql = ReadingTable.upsertSql(3);
        assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(21);
        assertThat(sql).startsWith("INSERT INTO reading (device_id, ts, ").contains("), (")
                .contains("ON DUPLICATE KEY UPDATE power_w = COALESCE(VALUES(power_w), power_w)");
    }

    @Test
    void largestStatementStaysWithinMariaDbsPlaceholderLimit() {
        long placeholders = ReadingTable.upsertSql(ReadingTable.ROWS_PER_STATEMENT).chars().filter(c -> c == '?').count();
        assertThat(placeholders).isLessThan(65_535);
    }
}
