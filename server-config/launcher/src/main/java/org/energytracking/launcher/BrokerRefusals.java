package org.energytracking.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refused logins and denied publishes, counted per client until the next report: a device that retries
 * a forbidden publish in a loop gives one line a minute with a count, not a line (or a stack trace) each time.
 */
final class BrokerRefusals {

    /** Lines per report at most; a storm from many clients ends with a count of the rest. */
    static final int MOST_CLIENTS_SHOWN = 20;

    private record Tally(long count, String lastReason) {
    }

    private Map<String, Tally> byClient = new TreeMap<>();

    synchronized void record(String client, String reason) {
        byClient.merge(client, new Tally(1, reason), (seen, next) -> new Tally(seen.count + 1, next.lastReason));
    }

    /** The report since the previous one, one line per client, and starts counting anew. */
    List<String> drain(String period) {
        Map<String, Tally> counted;
        synchronized (this) {
            counted = byClient;
            byClient = new TreeMap<>();
        }
        List<String> lines = new ArrayList<>();
        counted.forEach((client, tally) -> {
            if (lines.size() < MOST_CLIENTS_SHOWN) {
                lines.add("Broker refused " + client + " " + tally.count + (tally.count == 1 ? " time" : " times")
                        + " in the last " + period + " (last: " + tally.lastReason + ")");
            }
        });
        if (counted.size() > MOST_CLIENTS_SHOWN) {
            lines.add("Broker refused " + (counted.size() - MOST_CLIENTS_SHOWN) + " more clients in the last " + period);
        }
        return lines;
    }
}
