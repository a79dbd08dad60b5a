package org.energytracking.anomalies.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.devices.entity.Device;

/**
 * The enabled rule of a type that watches a device (its own, else its site's) or a site's total (the site's
 * rule: a device's own rule is about that device only); null when none does.
 */
@Dependent
public class AnomalyRules {

    @PersistenceContext
    EntityManager em;

    public AlertRule of(RuleType type, Device device) {
        return em.createQuery("SELECT r FROM AlertRule r WHERE r.type = :type AND r.enabled = TRUE AND r.siteId = :site"
                        + " AND (r.deviceRowId = :device OR r.deviceRowId IS NULL) ORDER BY r.deviceRowId DESC, r.id", AlertRule.class)
                .setParameter("type", type.apiName()).setParameter("site", device.siteId()).setParameter("device", device.id())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    public AlertRule ofSite(RuleType type, long siteId) {
        return em.createQuery("SELECT r FROM AlertRule r WHERE r.type = :type AND r.enabled = TRUE AND r.siteId = :site"
                        + " AND r.deviceRowId IS NULL ORDER BY r.id", AlertRule.class)
                .setParameter("type", type.apiName()).setParameter("site", siteId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
