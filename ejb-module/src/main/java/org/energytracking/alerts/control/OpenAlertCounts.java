package org.energytracking.alerts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/** Alerts not yet resolved over all sites, by severity: an operator's figure (/metrics), not a user's view. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OpenAlertCounts {

    @PersistenceContext
    EntityManager em;

    public Map<String, Long> bySeverity() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT a.severity, COUNT(a) FROM Alert a WHERE a.active = 1 GROUP BY a.severity", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
