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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.anomalies.entity.HourVerdict;
import org.energytracking.anomalies.entity.HourlyHistory;
import org.energytracking.anomalies.entity.NightBaseLoad;
import org.energytracking.anomalies.entity.Sensitivity;
import org.energytracking.anomalies.entity.UnusualRun;
import org.energytracking.devices.entity.Device;
import org.energytracking.sites.entity.Site;

/**
 * Judges the complete hours of a device, or of a site's total, in a span against their baseline, in one
 * transaction each: the unusual hours found replace those found there before (late readings can make an hour
 * usual again, a rule's new k or floor too), and the rules' alerts follow. A span that starts inside a run of
 * unusual hours is widened to the run's start, so a run is always judged whole and its figures are sums of whole
 * runs; it reaches on to the latest stored hour (at most eight weeks), whose baselines the span is part of.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnomalyJudge {

    private static final Logger LOG = Logger.getLogger(AnomalyJudge.class.getName());
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

    private record Judged(HourlyHistory history, List<HourVerdict> verdicts, long to) {
    }

    /** Judges a device's span; returns the site whose total it is part of (null for a channel that is not), to judge next. */
    public Long judge(long deviceRowId, long from, long rerolledTo, Instant now, boolean ruleChanged) {
        Device device = em.find(Device.class, deviceRowId);
        if (device == null || device.siteId() == null) {
            return null;
        }
        Long totalOf = device.countsInSiteTotal() ? device.siteId() : null;
        AlertRule anomalyRule = rules.of(RuleType.ANOMALY, device);
        AlertRule baseLoadRule = rules.of(RuleType.BASE_LOAD, device);
        if (anomalyRule == null && baseLoadRule == null) {
            return totalOf;
        }
        ZoneId zone = device.zone();
        Judged judged = judgeHours(HourScope.device(deviceRowId), zone, anomalyRule, AnomalySubject.of(device), from, rerolledTo, now, ruleChanged);
        if (baseLoadRule != null && !judged.verdicts().isEmpty()) {
            long start = judged.verdicts().get(0).start();
            for (LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(start), zone); ; day = day.plusDays(1)) {
                long nightEnd = day.atTime(NIGHT_END).atZone(zone).toInstant().toEpochMilli();
                if (nightEnd > judged.to()) {
                    break;
                }
                if (nightEnd > start && judged.history().learned(nightEnd - DAY) && judged.verdicts().stream().anyMatch(h -> h.end() == nightEnd)) {
                    NightBaseLoad load = judged.history().nightBaseLoad(nightEnd);
                    if (load.known()) {
                        alerts.baseLoad(baseLoadRule, AnomalySubject.of(device), nightEnd, load, now);
                    }
                }
            }
        }
        return totalOf;
    }

    /** Judges a site's total (its devices' hours summed) under the site's own anomaly rule, if it has one. */
    public void judgeSite(long siteId, long from, long rerolledTo, Instant now, boolean ruleChanged) {
        Site site = em.find(Site.class, siteId);
        AlertRule rule = site == null ? null : rules.ofSite(RuleType.ANOMALY, siteId);
        if (rule != null) {
            judgeHours(HourScope.site(siteId), ZoneId.of(site.timezone()), rule, new AnomalySubject(null, site.name()), from, rerolledTo, now,
                    ruleChanged);
        }
    }

    private Judged judgeHours(HourScope scope, ZoneId zone, AlertRule anomalyRule, AnomalySubject subject, long from, long rerolledTo,
            Instant now, boolean ruleChanged) {
        // the hours after a re-rolled span have it in their baselines (and an import's spans roll in any order)
        long to = Math.max(rerolledTo, Math.min(flags.latestHourEnd(scope, rerolledTo), rerolledTo + HourlyHistory.WINDOW.toMillis()));
        long start = from - from % HOUR - HOUR;
        if (anomalyRule != null) {
            start = Math.min(start, alerts.runStartTouching(anomalyRule, subject, start));
        }
        HourlyHistory history = new HourlyHistory(zone, flags.completeHours(scope, start - HourlyHistory.WINDOW.toMillis(), to));
        Sensitivity sensitivity = anomalyRule == null ? Sensitivity.DEFAULT : Sensitivity.of(anomalyRule.params());
        Set<Long> leftOut = new HashSet<>(flags.unusual(scope, start - HourlyHistory.WINDOW.toMillis(), start));
        List<HourVerdict> verdicts = history.scan(start, to, sensitivity, leftOut);
        flags.replace(scope, start, to, verdicts);
        if (ruleChanged) {
            LOG.log(Level.INFO, "Anomalies of {0} judged again under k = {1}, floor {2} Wh: {3} hours, {4} unusual runs", new Object[] {subject.name(),
                    sensitivity.k(), sensitivity.floorWh(), verdicts.size(), UnusualRun.of(verdicts).size()});
        }
        if (anomalyRule != null && !verdicts.isEmpty()) {
            alerts.reconcile(anomalyRule, subject, start, to, UnusualRun.of(verdicts), lastUsual(verdicts), now,
                    ruleChanged ? AnomalyAlerts.RULE_CHANGED : AnomalyAlerts.WITHDRAWN);
        }
        return new Judged(history, verdicts, to);
    }

    /** The start of the last usual (or learning) hour judged, or -1: an active run before it has ended. */
    private static long lastUsual(List<HourVerdict> verdicts) {
        return verdicts.stream().filter(h -> !h.verdict().unusual()).mapToLong(HourVerdict::start).max().orElse(-1);
    }
}
