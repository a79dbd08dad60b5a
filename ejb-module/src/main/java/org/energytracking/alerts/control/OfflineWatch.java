package org.energytracking.alerts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.UsualInterval;
import org.energytracking.devices.entity.Device;

/**
 * Offline rules, checked by a timer: a device silent for longer than its rule allows opens an alert that
 * says since when; a reading after that resolves it ("back online"). A device that says it went offline (an
 * MQTT last will, Shelly's online false) opens it at once, and says it is back by a reading or its own word.
 * A device that never reported is not offline: it has not been online yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfflineWatch {

    private static final Logger LOG = Logger.getLogger(OfflineWatch.class.getName());
    private static final int RECENT_READINGS = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    AlertBook book;

    /** Reads in one transaction: without one the container closed the round's EntityManager at the first change. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void check(Instant now) {
        List<AlertRule> rules = em.createQuery("SELECT r FROM AlertRule r WHERE r.type = :type AND r.enabled = TRUE", AlertRule.class)
                .setParameter("type", RuleType.OFFLINE.apiName()).getResultList();
        for (AlertRule rule : rules) {
            Map<Long, Instant> silentSince = em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.active = 1", Alert.class)
                    .setParameter("rule", rule.id()).getResultStream().collect(Collectors.toMap(a -> a.deviceRowId(), Alert::since, (a, b) -> a));
            for (Device device : devices(rule)) {
                try {
                    check(rule, device, silentSince.get(device.id()), now);
                } catch (RuntimeException e) {
                    // one subject that fails must not stop the others
                    LOG.log(Level.WARNING, "Offline check of rule {0} on device {1}: {2}", new Object[] {rule.id(), device.id(), e.toString()});
                }
            }
        }
    }

    /**
     * Only changes cost a transaction: an alert to open for a device gone silent, or to resolve for one that
     * reported after the reading its alert is silent since ({@code alertedSince}, null without an alert).
     */
    private void check(AlertRule rule, Device device, Instant alertedSince, Instant now) {
        Instant lastSeen = device.lastSeenAt().orElse(null);
        if (lastSeen == null) {
            return;
        }
        if (alertedSince != null) {
            if (lastSeen.isAfter(alertedSince) || device.saidOnlineAt().filter(at -> at.isAfter(alertedSince)).isPresent()) {
                book.clear(rule.id(), device.id(), now);
            }
            return;
        }
        Optional<Instant> saidOffline = device.saidOfflineAt(); // a last will: no need to wait out the silence
        if (saidOffline.isPresent()) {
            book.raise(rule.id(), device.id(), device.details().name(), saidOffline.get(), null, now);
            return;
        }
        Duration silence = Duration.between(lastSeen, now);
        boolean silent = rule.hasOwnDelay() ? silence.compareTo(rule.silenceAllowed(null)) > 0
                // a learned delay is never under the floor: no need to learn it for a device heard from since
                : silence.compareTo(UsualInterval.FLOOR) > 0 && silence.compareTo(rule.silenceAllowed(learned(device))) > 0;
        if (silent) {
            book.raise(rule.id(), device.id(), device.details().name(), lastSeen, null, now);
        }
    }

    private List<Device> devices(AlertRule rule) {
        if (rule.deviceRowId() != null) {
            Device device = em.find(Device.class, rule.deviceRowId());
            return device == null ? List.of() : List.of(device);
        }
        return em.createNamedQuery(Device.IN_SITES, Device.class).setParameter("siteIds", List.of(rule.siteId())).getResultList();
    }

    private Duration learned(Device device) {
        List<?> recent = em.createNativeQuery("SELECT ts FROM reading WHERE device_id = ? ORDER BY ts DESC LIMIT " + RECENT_READINGS)
                .setParameter(1, device.id()).getResultList();
        return UsualInterval.silenceAllowed(recent.stream().mapToLong(ts -> ((Number) ts).longValue()).toArray());
    }
}
