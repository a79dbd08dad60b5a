package org.energytracking.anomalies.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.anomalies.entity.HourBand;
import org.energytracking.anomalies.entity.HourlyHistory;
import org.energytracking.anomalies.entity.Robust;
import org.energytracking.anomalies.entity.Sensitivity;
import org.energytracking.devices.entity.Device;
import org.energytracking.sites.entity.Site;

/**
 * The band of a device or a site's total over [from, to), computed from the rollups as the judge computes it (each
 * hour against the eight weeks before it, the unusual hours left out, under the rule's own k and floor), with the
 * anomaly alert of each unusual hour: a mark on the chart opens it. A month is 720 hours: a few milliseconds.
 */
@Dependent
public class BandReader {

    private static final long HOUR = 3_600_000L;

    @PersistenceContext
    EntityManager em;
    @Inject
    HourFlags flags;
    @Inject
    AnomalyRules rules;

    public HourBand device(long deviceRowId, long from, long to) {
        Device device = em.find(Device.class, deviceRowId);
        AlertRule rule = device.siteId() == null ? null : rules.of(RuleType.ANOMALY, device);
        return band(HourScope.device(deviceRowId), device.zone(), rule, device.siteId() == null ? -1 : device.siteId(), from, to);
    }

    public HourBand site(long siteId, long from, long to) {
        Site site = em.find(Site.class, siteId);
        return band(HourScope.site(siteId), ZoneId.of(site.timezone()), rules.ofSite(RuleType.ANOMALY, siteId), siteId, from, to);
    }

    private HourBand band(HourScope scope, ZoneId zone, AlertRule rule, long siteId, long from, long to) {
        long window = HourlyHistory.WINDOW.toMillis();
        HourlyHistory history = new HourlyHistory(zone, flags.completeHours(scope, from - window, to));
        Set<Long> unusual = flags.unusual(scope, from - window, to);
        Sensitivity sensitivity = rule == null ? Sensitivity.DEFAULT : Sensitivity.of(rule.params());
        List<Alert> alerts = em.createQuery("SELECT a FROM Alert a WHERE a.type = :type AND a.siteId = :site AND a.subjectKey = :key"
                        + " AND a.since < :to AND a.periodEnd > :from", Alert.class).setParameter("type", RuleType.ANOMALY.apiName())
                .setParameter("site", siteId).setParameter("key", scope.site() ? 0 : scope.key()).setParameter("from", Instant.ofEpochMilli(from))
                .setParameter("to", Instant.ofEpochMilli(to)).getResultList();
        List<HourBand.Hour> hours = new ArrayList<>();
        for (long start = from - Math.floorMod(from, HOUR); start < to; start += HOUR) {
            Robust baseline = history.learned(start) ? history.baseline(start, unusual) : null;
            Double low = baseline == null ? null : Math.max(0, baseline.median() - sensitivity.margin(baseline));
            Double high = baseline == null ? null : baseline.median() + sensitivity.margin(baseline);
            hours.add(new HourBand.Hour(start, history.energyWh(start), low, high, unusual.contains(start), alertOf(alerts, start)));
        }
        return new HourBand(hours);
    }

    /** The alert whose period holds the hour; one withdrawn by later data only if there is no other. */
    private static Long alertOf(List<Alert> alerts, long hourStart) {
        return alerts.stream().filter(a -> a.since().toEpochMilli() <= hourStart && hourStart < a.periodEnd().toEpochMilli())
                .min(Comparator.comparing((Alert a) -> a.note() != null).thenComparing(Alert::id, Comparator.reverseOrder()))
                .map(Alert::id).orElse(null);
    }
}
