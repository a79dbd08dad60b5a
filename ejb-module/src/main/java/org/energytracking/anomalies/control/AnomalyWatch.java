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
import org.energytracking.metering.entity.RollupsChanged;

/**
 * Hears which spans of which devices were re-rolled (after that transaction committed) and, on the anomaly
 * timer, judges their complete hours: an hour is judged once the first reading after it completes it, and again
 * whenever late readings re-roll it. Holds no entities: everything is read in the judge's transaction (a
 * non-transactional EntityManager here failed now and then with "closed EntityManager" and lost the span).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnomalyWatch {

    private static final Logger LOG = Logger.getLogger(AnomalyWatch.class.getName());

    @Inject
    AnomalyJudge judge;

    private final Map<Long, long[]> rerolled = new ConcurrentHashMap<>();

    public void onRollupsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        rerolled.merge(changed.deviceRowId(), new long[] {changed.fromMs(), changed.toMs()},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }

    public int evaluate(Instant now) {
        List<Long> devices = new ArrayList<>(rerolled.keySet());
        for (Long deviceRowId : devices) {
            long[] span = rerolled.remove(deviceRowId);
            if (span == null) {
                continue;
            }
            try {
                judge.judge(deviceRowId, span[0], span[1], now);
            } catch (RuntimeException e) {
                // one device that fails (deleted meanwhile, a race another instance won) must not stop the others;
                // its span is judged again next round
                onRollupsChanged(new RollupsChanged(deviceRowId, span[0], span[1]));
                LOG.log(Level.WARNING, "Anomaly check of device {0}: {1}", new Object[] {deviceRowId, e.toString()});
            }
        }
        return devices.size();
    }
}
