package org.energytracking.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import org.energytracking.alerts.entity.Quantity;
import org.energytracking.alerts.entity.RuleParams;
import org.energytracking.ingest.entity.Reading;
import org.energytracking.portal.Charts;

/**
 * The readings of an alert's device around its time, in the quantity its rule watches (power for offline
 * and budget rules), with a threshold rule's bound as a flat second series so the crossing is visible.
 */
record AlertChart(Quantity quantity, Double threshold, String json) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The threshold's colour: the palette's red. */
    private static final String THRESHOLD_COLOR = Charts.PALETTE.get(5);

    static AlertChart of(RuleParams params, List<Reading> readings, ZoneId zone, String valueLabel, String thresholdLabel) {
        Quantity quantity = params.quantity() == null ? Quantity.POWER : Quantity.parse(params.quantity());
        Double threshold = params.quantity() == null ? null : params.above() != null ? params.above() : params.below();
        List<String> labels = readings.stream().map(r -> CLOCK.format(Instant.ofEpochMilli(r.ts()).atZone(zone))).toList();
        List<Double> values = readings.stream().map(quantity::of).toList();
        Charts.Series measured = new Charts.Series(valueLabel + " (" + quantity.unit() + ")", values, 0);
        List<Charts.Series> series = threshold == null ? List.of(measured)
                : List.of(measured, new Charts.Series(thresholdLabel, Collections.nCopies(readings.size(), threshold), THRESHOLD_COLOR));
        return new AlertChart(quantity, threshold, Charts.lines(labels, quantity.unit(), series));
    }
}
