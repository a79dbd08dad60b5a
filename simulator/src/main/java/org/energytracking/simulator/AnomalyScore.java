package org.energytracking.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Alerts found against the labels: a label is recalled when an alert of its device overlaps it (base-load
 * creep: a base_load alert, or an anomaly alert, ending after it began); an alert is true when it overlaps a
 * label of its device, false otherwise.
 */
record AnomalyScore(int labels, int recalled, int alerts, int trueAlerts, double deviceWeeks) {

    record Found(String type, long start, long end) {
        boolean overlaps(AnomalyHistory.Label label) {
            return start < label.end() && end > label.start();
        }
    }

    static AnomalyScore of(Map<String, List<AnomalyHistory.Label>> labels, Map<String, List<Found>> found, double deviceWeeks) {
        int labelCount = 0;
        int recalled = 0;
        int alerts = 0;
        int trueAlerts = 0;
        for (Map.Entry<String, List<AnomalyHistory.Label>> device : labels.entrySet()) {
            List<Found> alertsOfDevice = found.getOrDefault(device.getKey(), List.of());
            for (AnomalyHistory.Label label : device.getValue()) {
                labelCount++;
                if (alertsOfDevice.stream().anyMatch(alert -> alert.overlaps(label))) {
                    recalled++;
                }
            }
            for (Found alert : alertsOfDevice) {
                alerts++;
                if (device.getValue().stream().anyMatch(alert::overlaps)) {
                    trueAlerts++;
                }
            }
        }
        return new AnomalyScore(labelCount, recalled, alerts, trueAlerts, deviceWeeks);
    }

    double precision() {
        return alerts == 0 ? 1 : (double) trueAlerts / alerts;
    }

    double recall() {
        return labels == 0 ? 1 : (double) recalled / labels;
    }

    double falsePerDeviceWeek() {
        return (alerts - trueAlerts) / deviceWeeks;
    }

    String describe() {
        return String.format(Locale.ROOT, "labels %d, recalled %d: recall %.1f %% (target >= 90 %%)%n"
                        + "alerts %d, true %d: precision %.1f %%%n"
                        + "false alerts %d in %.0f device-weeks: %.3f per device-week (target <= 0.1)%n",
                labels, recalled, 100 * recall(), alerts, trueAlerts, 100 * precision(), alerts - trueAlerts, deviceWeeks, falsePerDeviceWeek());
    }
}
