package org.energytracking.alerts.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.alerts.entity.AlertFilter;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.AlertSummary;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;
import org.energytracking.sites.control.SiteAccess;

/** The alerts of the sites the caller may see: listed with their words in the caller's zone, acknowledged, resolved by hand. */
@Stateless
public class Alerts {

    private static final int LIMIT = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    SiteAccess access;
    @Inject
    CurrentCaller current;
    @Inject
    Event<AlertChanged> changed;

    private final Clock clock = Clock.systemUTC();

    public List<AlertSummary> list(AlertFilter filter) {
        Optional<List<Long>> sites = access.sitesAllowing(Permission.ALERTS_READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        // an absent filter is a null parameter that matches everything
        TypedQuery<Alert> query = em.createQuery("SELECT a FROM Alert a WHERE (:allSites = TRUE OR a.siteId IN :sites)"
                + " AND (:state IS NULL OR a.state = :state) AND (:severity IS NULL OR a.severity = :severity)"
                + " AND (:site IS NULL OR a.siteId = :site) AND (:from IS NULL OR a.openedAt >= :from) AND (:to IS NULL OR a.openedAt < :to)"
                + " AND (:device IS NULL OR a.deviceRowId IN (SELECT d.id FROM Device d WHERE d.deviceId = :device))"
                + " ORDER BY a.openedAt DESC, a.id DESC", Alert.class)
                .setParameter("allSites", sites.isEmpty()).setParameter("sites", sites.orElse(List.of(-1L)))
                .setParameter("state", filter.state() == null ? null : filter.state().apiName())
                .setParameter("severity", filter.severity() == null ? null : filter.severity().apiName())
                .setParameter("site", filter.siteId()).setParameter("device", filter.deviceId())
                .setParameter("from", filter.from()).setParameter("to", filter.to());
        ZoneId zone = readerZone();
        Instant now = clock.instant();
        return query.setMaxResults(LIMIT).getResultStream().map(alert -> summary(alert, zone, now)).toList();
    }

    /** One alert of a site the caller may see (the portal's link from an email names it). */
    public AlertSummary find(long id) {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw Problem.notFound("no alert " + id);
        }
        access.require(alert.siteId(), Permission.ALERTS_READ, "alert " + id);
        return summary(alert, readerZone(), clock.instant());
    }

    /** How many alerts of the caller's sites are open or acknowledged (not yet resolved): the portal's badge. */
    public long activeCount() {
        Optional<List<Long>> sites = access.sitesAllowing(Permission.ALERTS_READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(a) FROM Alert a WHERE a.active = 1 AND (:allSites = TRUE OR a.siteId IN :sites)", Long.class)
                .setParameter("allSites", sites.isEmpty()).setParameter("sites", sites.orElse(List.of(-1L))).getSingleResult();
    }

    public AlertSummary acknowledge(long id) {
        Alert alert = writable(id);
        alert.acknowledge(current.get().userId(), clock.instant());
        return summary(alert, readerZone(), clock.instant());
    }

    public AlertSummary resolve(long id) {
        Alert alert = writable(id);
        String event = alert.resolve(current.get().userId(), clock.instant());
        em.flush();
        changed.fire(new AlertChanged(alert.id(), event));
        return summary(alert, readerZone(), clock.instant());
    }

    private Alert writable(long id) {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw Problem.notFound("no alert " + id);
        }
        access.require(alert.siteId(), Permission.ALERTS_WRITE, "alert " + id);
        return alert;
    }

    private ZoneId readerZone() {
        User reader = em.find(User.class, current.get().userId());
        return reader == null ? ZoneId.of("UTC") : reader.zone();
    }

    private AlertSummary summary(Alert alert, ZoneId zone, Instant now) {
        AlertRule rule = em.find(AlertRule.class, alert.ruleId());
        Device device = alert.deviceRowId() == null ? null : em.find(Device.class, alert.deviceRowId());
        return new AlertSummary(alert.id(), alert.ruleId(), device == null ? null : device.deviceId(), alert.siteId(),
                alert.type().apiName(), alert.severity().apiName(), alert.state().apiName(), alert.text(rule).describe(zone, now),
                alert.openedAt(), alert.acknowledgedAt(), alert.acknowledgedBy(), name(alert.acknowledgedBy()), alert.resolvedAt(),
                alert.resolvedBy(), name(alert.resolvedBy()), alert.text(rule).details());
    }

    /** A member's name as their site's other members see it beside what they did. */
    private String name(Long userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        return user == null ? null : Stream.of(user.firstName(), user.lastName()).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
