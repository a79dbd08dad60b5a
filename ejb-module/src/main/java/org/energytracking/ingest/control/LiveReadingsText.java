package org.energytracking.ingest.control;

import java.util.ArrayList;
import java.util.List;
import org.energytracking.ingest.entity.LiveReading;
import org.energytracking.ingest.entity.Reading;

/** Live readings as the relay carries them: a line per device, its fields separated by spaces, "-" for none. */
final class LiveReadingsText {

    private static final String NONE = "-";

    private LiveReadingsText() {
    }

    static String of(List<LiveReading> readings) {
        StringBuilder text = new StringBuilder();
        for (LiveReading live : readings) {
            Reading r = live.reading();
            text.append(live.deviceRowId()).append(' ').append(r.deviceId()).append(' ').append(r.ts());
            for (Double value : List.of(box(r.powerW()), box(r.voltageV()), box(r.currentA()), box(r.energyWh()),
                    box(r.temperatureC()), box(r.powerFactor()), box(r.apparentPowerVa()), box(r.reactivePowerVar()))) {
                text.append(' ').append(value.isNaN() ? NONE : value.toString());
            }
            text.append('\n');
        }
        return text.toString();
    }

    static List<LiveReading> parse(String text) {
        List<LiveReading> readings = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            readings.add(new LiveReading(Long.parseLong(f[0]), new Reading(f[1], Long.parseLong(f[2]), value(f[3]),
                    value(f[4]), value(f[5]), value(f[6]), value(f[7]), value(f[8]), value(f[9]), value(f[10]))));
        }
        return readings;
    }

    /** List.of takes no nulls: NaN stands for "none" here (a reading never holds NaN: ingest refuses it). */
    private static Double box(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static Double value(String field) {
        return NONE.equals(field) ? null : Double.valueOf(field);
    }
}
