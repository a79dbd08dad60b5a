package org.energytracking.anomalies.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.SensitivityChanged;
import org.energytracking.metering.entity.RollupsChanged;

/**
 * Hears which spans of which devices were re-rolled (after that transaction committed) and, on the anomaly
 * timer, judges their complete hours, then the totals of the sites they belong to: an hour is judged once the
 * first reading after it completes it, and again whenever late readings re-roll it, or a rule's k or floor
 * changes (then the whole stored history). Holds no entities: everything is read in the judge's transaction (a
 * non-transactional EntityManager here failed now and then with "closed EntityManager" and lost the span).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnomalyWatch {

    private static final Logger LOG = Logger.getLogger(AnomalyWatch.class.getName());

    @Inject
    AnomalyJudge judge;

    /** Per device, then per site: {from, to, 1 if a rule's sensitivity changed}. */
    private final Map<Long, long[]> rerolled = new ConcurrentHashMap<>();
    private final Map<Long, long[]> sites = new ConcurrentHashMap<>();

    public void onRollupsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        merge(rerolled, changed.deviceRowId(), new long[] {changed.fromMs(), changed.toMs(), 0});
    }

    public void onSensitivityChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SensitivityChanged changed) {
        long now = System.currentTimeMillis();
        changed.deviceRowIds().forEach(device -> merge(rerolled, device, new long[] {0, now, 1}));
        LOG.log(Level.INFO, "An anomaly rule''s k or floor changed: the history of {0} devices is judged again", changed.deviceRowIds().size());
    }

    public int evaluate(Instant now) {
        List<Long> devices = new ArrayList<>(rerolled.keySet());
        for (Long deviceRowId : devices) {
            long[] span = rerolled.remove(deviceRowId);
            if (span == null) {
                continue;
            }
            try {
                Long site = judge.judge(deviceRowId, span[0], span[1], now, span[2] == 1);
                if (site != null) {
                    merge(sites, site, span);
                }
            } catch (RuntimeException e) {
                // one device that fails (deleted meanwhile, a race another instance won) must not stop the others;
                // its span is judged again next round
                merge(rerolled, deviceRowId, span);
                LOG.log(Level.WARNING, "Anomaly check of device {0}: {1}", new Object[] {deviceRowId, e.toString()});
            }
        }
        for (Long siteId : new ArrayList<>(sites.keySet())) {
            long[] span = sites.remove(siteId);
            if (span == null) {
                continue;
            }
            try {
                judge.judgeSite(siteId, span[0], span[1], now, span[2] == 1);
            } catch (RuntimeException e) {
                merge(sites, siteId, span);
                LOG.log(Level.WARNING, "Anomaly check of site {0}: {1}", new Object[] {siteId, e.toString()});
            }
        }
        return devices.size();
    }

    private static void merge(Map<Long, long[]> spans, long key, long[] span) {
        spans.merge(key, span, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])});
    }
}
