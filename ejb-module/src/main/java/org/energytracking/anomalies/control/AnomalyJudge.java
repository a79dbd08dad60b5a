package org.energytracking.anomalies.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.anomalies.entity.HourVerdict;
import org.energytracking.anomalies.entity.HourlyHistory;
import org.energytracking.anomalies.entity.NightBaseLoad;
import org.energytracking.anomalies.entity.Sensitivity;
import org.energytracking.anomalies.entity.UnusualRun;
import org.energytracking.devices.entity.Device;

/**
 * Judges a device's complete hours in a span against its baseline, in one transaction per device: the unusual
 * hours found replace those found there before (late readings can make an hour usual again), and the rules'
 * alerts follow. A span that starts inside a run of unusual hours is widened to the run's start, so a run is
 * always judged whole and its figures are sums of whole runs; it reaches on to the latest stored hour (at most
 * eight weeks), whose baselines the span is part of.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnomalyJudge {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** The night base load is judged once a night, when its last hour (04:00–05:00) is complete. */
    private static final LocalTime NIGHT_END = LocalTime.of(5, 0);

    @PersistenceContext
    EntityManager em;
    @Inject
    HourFlags flags;
    @Inject
    AnomalyAlerts alerts;
    @Inject
    AnomalyRules rules;

    public void judge(long deviceRowId, long from, long rerolledTo, Instant now) {
        Device device = em.find(Device.class, deviceRowId);
        if (device == null || device.siteId() == null) {
            return;
        }
        AlertRule anomalyRule = rules.of(RuleType.ANOMALY, device);
        AlertRule baseLoadRule = rules.of(RuleType.BASE_LOAD, device);
        if (anomalyRule == null && baseLoadRule == null) {
            return;
        }
        // the hours after a re-rolled span have it in their baselines (and an import's spans roll in any order)
        long to = Math.max(rerolledTo, Math.min(flags.latestHourEnd(deviceRowId, rerolledTo), rerolledTo + HourlyHistory.WINDOW.toMillis()));
        long start = from - from % HOUR - HOUR;
        if (anomalyRule != null) {
            start = Math.min(start, alerts.runStartTouching(anomalyRule, device, start));
        }
        ZoneId zone = device.zone();
        HourlyHistory history = new HourlyHistory(zone, flags.completeHours(deviceRowId, start - HourlyHistory.WINDOW.toMillis(), to));
        Sensitivity sensitivity = anomalyRule == null ? Sensitivity.DEFAULT : Sensitivity.of(anomalyRule.params());
        Set<Long> leftOut = new HashSet<>(flags.unusual(deviceRowId, start - HourlyHistory.WINDOW.toMillis(), start));
        List<HourVerdict> verdicts = history.scan(start, to, sensitivity, leftOut);
        flags.replace(deviceRowId, start, to, verdicts);
        if (anomalyRule != null && !verdicts.isEmpty()) {
            alerts.reconcile(anomalyRule, device, start, to, UnusualRun.of(verdicts), lastUsual(verdicts), now);
        }
        if (baseLoadRule != null) {
            for (LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(start), zone); ; day = day.plusDays(1)) {
                long nightEnd = day.atTime(NIGHT_END).atZone(zone).toInstant().toEpochMilli();
                if (nightEnd > to) {
                    break;
                }
                if (nightEnd > start && history.learned(nightEnd - DAY) && verdicts.stream().anyMatch(h -> h.end() == nightEnd)) {
                    NightBaseLoad load = history.nightBaseLoad(nightEnd);
                    if (load.known()) {
                        alerts.baseLoad(baseLoadRule, device, nightEnd, load, now);
                    }
                }
            }
        }
    }

    /** The start of the last usual (or learning) hour judged, or -1: an active run before it has ended. */
    private static long lastUsual(List<HourVerdict> verdicts) {
        return verdicts.stream().filter(h -> !h.verdict().unusual()).mapToLong(HourVerdict::start).max().orElse(-1);
    }
}
