package org.energytracking.anomalies.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.devices.entity.Device;
import org.energytracking.metering.entity.RollupsChanged;

/**
 * Hears which spans of which devices were re-rolled (after that transaction committed) and, on the anomaly
 * timer, judges their complete hours: an hour is judged once the first reading after it completes it, and again
 * whenever late readings re-roll it. A device's rule of its own wins over its site's.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnomalyWatch {

    private static final Logger LOG = Logger.getLogger(AnomalyWatch.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    AnomalyJudge judge;

    private final Map<Long, long[]> rerolled = new ConcurrentHashMap<>();

    public void onRollupsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        rerolled.merge(changed.deviceRowId(), new long[] {changed.fromMs(), changed.toMs()},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }

    public int evaluate(Instant now) {
        List<Long> devices = new ArrayList<>(rerolled.keySet());
        if (devices.isEmpty()) {
            return 0;
        }
        List<AlertRule> rules = em.createQuery("SELECT r FROM AlertRule r WHERE r.type IN :types AND r.enabled = TRUE", AlertRule.class)
                .setParameter("types", List.of(RuleType.ANOMALY.apiName(), RuleType.BASE_LOAD.apiName())).getResultList();
        for (Long deviceRowId : devices) {
            long[] span = rerolled.remove(deviceRowId);
            Device device = em.find(Device.class, deviceRowId);
            if (span == null || device == null || device.siteId() == null) {
                continue;
            }
            AlertRule anomaly = ruleOf(rules, RuleType.ANOMALY, device);
            AlertRule baseLoad = ruleOf(rules, RuleType.BASE_LOAD, device);
            if (anomaly == null && baseLoad == null) {
                continue;
            }
            try {
                judge.judge(deviceRowId, span[0], span[1], anomaly == null ? null : anomaly.id(), baseLoad == null ? null : baseLoad.id(), now);
            } catch (RuntimeException e) {
                // one device that fails (deleted meanwhile, a race another instance won) must not stop the others
                LOG.log(Level.WARNING, "Anomaly check of device {0}: {1}", new Object[] {deviceRowId, e.toString()});
            }
        }
        return devices.size();
    }

    private static AlertRule ruleOf(List<AlertRule> rules, RuleType type, Device device) {
        AlertRule siteWide = null;
        for (AlertRule rule : rules) {
            if (rule.type() == type && rule.siteId() == device.siteId()) {
                if (rule.deviceRowId() != null && rule.deviceRowId().equals(device.id())) {
                    return rule;
                }
                if (rule.deviceRowId() == null) {
                    siteWide = rule;
                }
            }
        }
        return siteWide;
    }
}
