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
import java.util.Optional;
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
        StringBuilder jpql = new StringBuilder("SELECT a FROM Alert a WHERE 1 = 1");
        sites.ifPresent(ids -> jpql.append(" AND a.siteId IN :sites"));
        if (filter.state() != null) jpql.append(" AND a.state = :state");
        if (filter.severity() != null) jpql.append(" AND a.severity = :severity");
        if (filter.siteId() != null) jpql.append(" AND a.siteId = :site");
        if (filter.deviceId() != null) jpql.append(" AND a.deviceRowId IN (SELECT d.id FROM Device d WHERE d.deviceId = :device)");
        if (filter.from() != null) jpql.append(" AND a.openedAt >= :from");
        if (filter.to() != null) jpql.append(" AND a.openedAt < :to");
        TypedQuery<Alert> query = em.createQuery(jpql.append(" ORDER BY a.openedAt DESC, a.id DESC").toString(), Alert.class);
        sites.ifPresent(ids -> query.setParameter("sites", ids));
        if (filter.state() != null) query.setParameter("state", filter.state().apiName());
        if (filter.severity() != null) query.setParameter("severity", filter.severity().apiName());
        if (filter.siteId() != null) query.setParameter("site", filter.siteId());
        if (filter.deviceId() != null) query.setParameter("device", filter.deviceId());
        if (filter.from() != null) query.setParameter("from", filter.from());
        if (filter.to() != null) query.setParameter("to", filter.to());
        ZoneId zone = readerZone();
        Instant now = clock.instant();
        return query.setMaxResults(LIMIT).getResultStream().map(alert -> summary(alert, zone, now)).toList();
    }

    public AlertSummary acknowledge(long id) {
        Alert alert = writable(id);
        alert.acknowledge(current.get().userId(), clock.instant());
        return summary(alert, readerZone(), clock.instant());
    }

    public AlertSummary resolve(long id) {
        Alert alert = writable(id);
        alert.resolve(current.get().userId(), clock.instant());
        em.flush();
        changed.fire(new AlertChanged(alert.id(), AlertChanged.RESOLVED));
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
                alert.openedAt(), alert.acknowledgedAt(), alert.acknowledgedBy(), alert.resolvedAt());
    }
}
