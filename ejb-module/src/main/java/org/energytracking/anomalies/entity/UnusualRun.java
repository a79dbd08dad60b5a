package org.energytracking.anomalies.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive unusual hours of one kind, [start, end) in epoch ms, with their energy and the baselines' sum:
 * "the heater ran all night" is one alert, not eight.
 */
public record UnusualRun(long start, long end, Verdict.Kind kind, double actualWh, double expectedWh) {

    public static List<UnusualRun> of(List<HourVerdict> verdicts) {
        List<UnusualRun> runs = new ArrayList<>();
        UnusualRun current = null;
        for (HourVerdict hour : verdicts) {
            Verdict verdict = hour.verdict();
            if (!verdict.unusual()) {
                current = null;
                continue;
            }
            if (current != null && current.end == hour.start() && current.kind == verdict.kind()) {
                runs.set(runs.size() - 1, current = new UnusualRun(current.start, hour.end(), current.kind,
                        current.actualWh + verdict.actualWh(), current.expectedWh + verdict.expectedWh()));
            } else {
                runs.add(current = new UnusualRun(hour.start(), hour.end(), verdict.kind(), verdict.actualWh(), verdict.expectedWh()));
            }
        }
        return runs;
    }

    public boolean covers(long hourStart) {
        return start <= hourStart && hourStart < end;
    }
}
