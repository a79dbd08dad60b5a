package org.energytracking.alerts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.energytracking.alerts.boundary.AlertRules;
import org.energytracking.alerts.entity.AlertSummary;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.PortalUser;
import org.energytracking.identity.entity.Permission;
import org.energytracking.ingest.boundary.ReadingHistory;
import org.energytracking.ingest.entity.Reading;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/** The alert chosen on the alerts page and the chart of its device around its time. */
@Named
@ViewScoped
public class AlertFocus implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int READINGS_LIMIT = 4_000;

    @Inject
    AlertRules rules;
    @Inject
    Devices devices;
    @Inject
    ReadingHistory history;
    @Inject
    PortalUser user;

    private AlertRow alert;
    private String chartJson;
    private Double threshold;
    private String unit;

    void show(AlertSummary summary) {
        alert = AlertRow.of(summary);
        chartJson = null;
        threshold = null;
        if (summary.deviceId() == null) {
            return; // a site's total (a budget) has no one device to draw
        }
        try {
            Device device = devices.find(summary.deviceId(), Permission.DEVICES_READ);
            // an anomaly's period (found in imported history, it opened long after) rather than when it opened
            AlertWindow window = summary.details() == null ? AlertWindow.around(summary.openedAt(), summary.resolvedAt(), Instant.now())
                    : AlertWindow.around(Instant.parse((String) summary.details().get("period_start")),
                            Instant.parse((String) summary.details().get("period_end")), Instant.now());
            List<Reading> readings = history.between(device.id(), device.deviceId(), window.from().toEpochMilli(),
                    window.to().toEpochMilli(), READINGS_LIMIT);
            AlertChart chart = AlertChart.of(rules.find(summary.ruleId()).rule().params(), readings, user.zone(),
                    Faces.textIn("alerts", "chart.measured"), Faces.textIn("alerts", "chart.threshold"));
            chartJson = readings.isEmpty() ? null : chart.json();
            threshold = chart.threshold();
            unit = chart.quantity().unit();
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public void close() {
        alert = null;
        chartJson = null;
    }

    public AlertRow getAlert() {
        return alert;
    }

    public String getChartJson() {
        return chartJson;
    }

    public Double getThreshold() {
        return threshold;
    }

    public String getUnit() {
        return unit;
    }
}
