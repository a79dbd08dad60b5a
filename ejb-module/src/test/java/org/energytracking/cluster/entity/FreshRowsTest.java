package org.energytracking.cluster.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshRowsTest {

    private final FreshRows<String> fresh = new FreshRows<>();

    @Test
    void theFirstPollFindsEverythingFresh() {
        assertThat(fresh.of(rows(1, "devices plug-1", 2, "roles *"))).containsExactly("devices plug-1", "roles *");
    }

    @Test
    void rowsStillInsideTheOverlapAreNotActedOnAgainButARowCommittedLateIs() {
        fresh.of(rows(1, "devices plug-1", 3, "roles *"));
        // row 2 was stamped before row 3 but committed after the first poll
        assertThat(fresh.of(rows(1, "devices plug-1", 2, "devices plug-2", 3, "roles *"))).containsExactly("devices plug-2");
    }

    @Test
    void theSameEntryChangedTwiceIsForgottenOnce() {
        assertThat(fresh.of(rows(1, "devices plug-1", 2, "devices plug-1"))).containsExactly("devices plug-1");
    }

    private static Map<Long, String> rows(Object... idsAndValues) {
        Map<Long, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            rows.put(((Integer) idsAndValues[i]).longValue(), (String) idsAndValues[i + 1]);
        }
        return rows;
    }
}
