package org.energytracking.anomalies.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A device's stored baseline as the API and portal show it: still {@code learning} until {@code learningUntil}
 * (14 days after its first complete hour), and per slot the median and MAD of the last nightly recomputation.
 */
public record BaselineView(boolean learning, Instant learningUntil, Instant computedAt, List<Slot> slots) {

    public record Slot(boolean weekend, int hour, double medianWh, double madWh, int samples) {

        /** The usual range under the default rule: within it an hour is not unusual. */
        public double lowWh() {
            return Math.max(0, medianWh - Sensitivity.DEFAULT.margin(new Robust(medianWh, madWh, samples)));
        }

        public double highWh() {
            return medianWh + Sensitivity.DEFAULT.margin(new Robust(medianWh, madWh, samples));
        }
    }

    /** The slot an hour starting at {@code hourStart} is judged in, if it has a baseline. */
    public Optional<Slot> slotOf(Instant hourStart, ZoneId zone) {
        ProfileSlot wanted = ProfileSlot.of(hourStart, zone);
        return slots.stream().filter(slot -> slot.weekend() == wanted.weekend() && slot.hour() == wanted.hour()).findFirst();
    }
}
