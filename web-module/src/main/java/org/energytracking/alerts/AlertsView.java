package org.energytracking.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.energytracking.alerts.boundary.Alerts;
import org.energytracking.alerts.entity.AlertFilter;
import org.energytracking.alerts.entity.AlertState;
import org.energytracking.alerts.entity.AlertSummary;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/**
 * The alerts page: alerts in one state (open, acknowledged, resolved or all) narrowed by severity, site, device
 * and the local days they opened on; acknowledge and resolve; one alert chosen for {@link AlertFocus}'s chart.
 */
@Named
@ViewScoped
public class AlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Alerts alerts;
    @Inject
    PortalUser user;
    @Inject
    AlertFocus focus;
    @Inject
    AlertChoices choices;

    private String state = AlertState.OPEN.apiName();
    private String severity;
    private Long siteId;
    private String deviceId;
    private LocalDate from;
    private LocalDate to;
    /** The alert an email's link names ({@code ?alert=}). */
    private Long linked;
    private List<AlertRow> rows = List.of();

    @PostConstruct
    void init() {
        choices.load();
    }

    /** After the view parameters: the linked alert's state is the tab shown, and the alert is chosen. */
    public void open() {
        if (linked != null) {
            try {
                AlertSummary alert = alerts.find(linked);
                state = alert.state();
                focus.show(alert);
            } catch (Problem problem) {
                Notice.refused(problem);
            }
        }
        load();
    }

    public void load() {
        try {
            rows = alerts.list(filter()).stream().map(AlertRow::of).toList();
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    private AlertFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(user.zone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(user.zone()).toInstant();
        return new AlertFilter(blank(state) ? null : AlertState.parse(state), blank(severity) ? null : Severity.parse(severity, "severity"),
                siteId, blank(deviceId) ? null : deviceId, start, end);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public void select(long alertId) {
        rows.stream().filter(row -> row.id() == alertId).findFirst().ifPresent(row -> focus.show(alerts.find(alertId)));
    }

    public void acknowledge(long alertId) {
        act(() -> alerts.acknowledge(alertId), "acknowledged");
    }

    public void resolve(long alertId) {
        act(() -> alerts.resolve(alertId), "resolved");
    }

    private void act(Supplier<AlertSummary> action, String done) {
        try {
            AlertSummary changed = action.get();
            Notice.done("alerts", "alert." + done, changed.message());
            focus.show(changed);
            load();
        } catch (Problem problem) {
            Notice.refused(problem);
        }
    }

    public List<AlertRow> getRows() {
        return rows;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getLinked() {
        return linked;
    }

    public void setLinked(Long linked) {
        this.linked = linked;
    }
}
