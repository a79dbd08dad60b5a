package org.energytracking.alerts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import org.energytracking.alerts.entity.AlertSummary;

/** An alert as the alerts page lists it; times as Dates for the Faces converters, shown in the viewer's zone. */
public record AlertRow(long id, long ruleId, String deviceId, String type, String severity, String state, String message,
        Date openedAt, Date acknowledgedAt, String acknowledgedBy, Date resolvedAt, String resolvedBy, boolean resolvedByItself)
        implements Serializable {

    static AlertRow of(AlertSummary alert) {
        return new AlertRow(alert.id(), alert.ruleId(), alert.deviceId(), alert.type(), alert.severity(), alert.state(), alert.message(),
                date(alert.openedAt()), date(alert.acknowledgedAt()), alert.acknowledgedByName(), date(alert.resolvedAt()),
                alert.resolvedByName(), alert.resolvedAt() != null && alert.resolvedBy() == null);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public boolean open() {
        return "open".equals(state);
    }

    public boolean resolved() {
        return "resolved".equals(state);
    }
}
