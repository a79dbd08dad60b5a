package org.energytracking.tariffs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.tariffs.boundary.TariffAssignments;
import org.energytracking.tariffs.boundary.Tariffs;
import org.energytracking.tariffs.entity.Tariff;
import org.energytracking.tariffs.entity.TariffAssignment;

/**
 * Which tariff prices a site or a device from which date: the chosen one's timeline and a new entry.
 * A target is {@code site:<id>} or {@code device:<device id>}.
 */
@Named
@ViewScoped
public class TariffAssignView implements Serializable {

    private static final int MAX_DEVICES = 1000;

    @Inject
    PortalUser user;
    @Inject
    TariffAssignments assignments;
    @Inject
    Tariffs tariffs;
    @Inject
    Sites sites;
    @Inject
    Devices devices;

    /** One entry of a timeline; tariff is null for "none from this date". */
    public record Entry(LocalDate from, String tariff, Instant assignedAt) implements Serializable {
        /** For f:convertDateTime, which formats java.util.Date with styles (not Instant). */
        public java.util.Date assignedAtDate() {
            return java.util.Date.from(assignedAt);
        }

    }

    public record Choice(String value, String label) implements Serializable {
    }

    private List<Choice> targets = List.of();
    private String target;
    private Long tariffId;
    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private List<Entry> timeline = List.of();

    @PostConstruct
    void open() {
        targets = Stream.concat(
                sites.list().stream().map(s -> new Choice("site:" + s.id(), Faces.textIn("tariffs", "assign.site", s.name()))),
                devices.list(0, MAX_DEVICES).stream()
                        .map(d -> new Choice("device:" + d.deviceId(), Faces.textIn("tariffs", "assign.device", d.details().name()))))
                .toList();
        target = targets.isEmpty() ? null : targets.get(0).value();
        load();
    }

    public void load() {
        if (target == null) {
            timeline = List.of();
            return;
        }
        try {
            Map<Long, String> names = tariffs.list().stream().collect(Collectors.toMap(Tariff::id, Tariff::name));
            Function<TariffAssignment, Entry> entry = a -> new Entry(a.validFrom(),
                    a.tariffId().map(id -> names.getOrDefault(id, "#" + id)).orElse(null), a.assignedAt());
            timeline = (isSite() ? assignments.ofSite(Long.parseLong(key()))
                    : assignments.ofDevice(key())).stream().map(entry).toList();
        } catch (Problem e) {
            timeline = List.of();
            Faces.problem(e);
        }
    }

    public void assign() {
        try {
            if (isSite()) {
                assignments.assignToSite(Long.parseLong(key()), tariffId, from, Faces.client());
            } else {
                assignments.assignToDevice(key(), tariffId, from, Faces.client());
            }
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(Faces.textIn("tariffs", "assign.done")));
            load();
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public void exportTimeline() {
        CsvDownload.send("tariff-assignments-" + target + ".csv", List.of("from", "tariff", "assigned_at"),
                timeline.stream().map(e -> List.<Object>of(e.from(), e.tariff() == null ? "" : e.tariff(), e.assignedAt())).toList());
    }

    private boolean isSite() {
        return target.startsWith("site:");
    }

    private String key() {
        return target.substring(target.indexOf(':') + 1);
    }

    public List<Choice> getTargets() {
        return targets;
    }

    public List<Entry> getTimeline() {
        return timeline;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getTariffId() {
        return tariffId;
    }

    public void setTariffId(Long tariffId) {
        this.tariffId = tariffId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
