package org.energytracking.devices;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.PortalUser;
import org.energytracking.ingest.boundary.Rejections;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.MeterEvents;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.primefaces.PrimeFaces;

/** The device page's meter events (and declaring a replacement) and its refused messages. */
@Named
@ViewScoped
public class DeviceEvents implements Serializable {

    private static final int CSV_LIMIT = 10_000;

    @Inject
    MeterEvents meterEvents;
    @Inject
    Rejections rejections;
    @Inject
    DeviceView view;
    @Inject
    PortalUser user;

    private List<EventRow> events = List.of();
    private RejectionTable refused;
    private LocalDateTime replacedAt;
    private Double newCounterWh;

    public void load() {
        ZoneId zone = view.zone();
        events = meterEvents.list(view.getId(), 0, Long.MAX_VALUE).stream().map(e -> EventRow.of(e, zone)).toList();
        refused = new RejectionTable(rejections, user, view.getId(), zone);
    }

    public void startReplacement() {
        replacedAt = LocalDateTime.now(view.zone()).withSecond(0).withNano(0);
        newCounterWh = 0d;
    }

    public void declareReplacement() {
        try {
            if (replacedAt == null) {
                throw Problem.invalid("ts", DeviceTexts.text("devices.required"));
            }
            long ts = replacedAt.atZone(view.zone()).toInstant().toEpochMilli();
            meterEvents.declareReplacement(view.getId(), ts, newCounterWh == null ? 0 : newCounterWh);
            load();
            DeviceTexts.info("device.events.declared");
            PrimeFaces.current().executeScript("PF('replacementDialog').hide()");
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public void exportEvents() {
        CsvDownload.send(view.getId() + "-meter-events.csv", List.of("ts", "type", "detected", "previous_wh", "new_wh"),
                events.stream().<List<?>>map(e -> Arrays.asList(e.at().toOffsetDateTime(), e.type(), e.detected(),
                        e.previousWh(), e.newWh())).toList());
    }

    public void exportRejections() {
        CsvDownload.send(view.getId() + "-rejected.csv", List.of("received_at", "reason", "excerpt"),
                refused.load(0, CSV_LIMIT, Map.of(), Map.of()).stream()
                        .<List<?>>map(r -> Arrays.asList(r.receivedAt().toOffsetDateTime(), r.reason(), r.excerpt())).toList());
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public RejectionTable getRefused() {
        return refused;
    }

    public LocalDateTime getReplacedAt() {
        return replacedAt;
    }

    public void setReplacedAt(LocalDateTime replacedAt) {
        this.replacedAt = replacedAt;
    }

    public Double getNewCounterWh() {
        return newCounterWh;
    }

    public void setNewCounterWh(Double newCounterWh) {
        this.newCounterWh = newCounterWh;
    }
}
