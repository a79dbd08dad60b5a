package org.energytracking.alerts.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.Condition;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.Sample;
import org.energytracking.alerts.entity.ThresholdSteps;
import org.energytracking.devices.entity.Device;
import org.energytracking.ingest.control.ReadingsFeed;
import org.energytracking.ingest.entity.LiveReading;

/**
 * Threshold rules, judged from the readings the writer has just committed. The writer's hand-over only marks
 * the device (a set insert, so ingest does not slow down); {@link #evaluate} then reads the device's recent
 * samples from the database and applies {@link ThresholdSteps}. What was looked at is remembered per rule and
 * device; after a restart, readings are new from the rule's last change or its latest alert's, so an episode
 * that was already over does not open again.
 * <p>
 * A round reads in one transaction: without one, the container's EntityManager was closed by the first
 * {@link AlertBook#raise} (its own transaction) and the round's other rules failed, so a reading over two
 * thresholds opened one alert (DigestIT, under load). A device whose judging fails is judged again next round.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThresholdWatch {

    private static final Logger LOG = Logger.getLogger(ThresholdWatch.class.getName());
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;
    @Inject
    ReadingsFeed feed;
    @Inject
    AlertBook book;

    private final Set<Long> marked = ConcurrentHashMap.newKeySet();
    private final Map<Watched, Long> seenUpTo = new ConcurrentHashMap<>();
    private volatile Instant swept = Instant.EPOCH;

    /** A rule judging one device. */
    private record Watched(long ruleId, long deviceRowId) {
    }

    @PostConstruct
    void listen() {
        feed.listen(readings -> readings.forEach(reading -> marked.add(reading.deviceRowId())));
    }

    /** Judges the devices that got readings since the last call. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void evaluate(Instant now) {
        if (marked.isEmpty()) {
            return;
        }
        List<Long> devices = new ArrayList<>(marked);
        marked.removeAll(devices);
        List<AlertRule> rules = em.createQuery("SELECT r FROM AlertRule r WHERE r.type = :type AND r.enabled = TRUE", AlertRule.class)
                .setParameter("type", RuleType.THRESHOLD.apiName()).getResultList();
        forgetStale(rules, now);
        if (rules.isEmpty()) {
            return;
        }
        for (long deviceRowId : devices) {
            Device device = em.find(Device.class, deviceRowId);
            if (device == null) {
                continue;
            }
            for (AlertRule rule : rules) {
                if (rule.siteId() == device.siteId() && rule.watchesDevice(deviceRowId)) {
                    try {
                        evaluate(rule, device, now);
                    } catch (RuntimeException e) {
                        marked.add(deviceRowId);
                        LOG.log(Level.WARNING, "Threshold rule {0} on device {1} judged again next round: {2}",
                                new Object[] {rule.id(), deviceRowId, e.toString()});
                    }
                }
            }
        }
    }

    private void evaluate(AlertRule rule, Device device, Instant now) {
        Condition condition = rule.condition();
        Watched key = new Watched(rule.id(), device.id());
        long from = now.minus(condition.lookBack()).toEpochMilli();
        List<Sample> samples = samples(device.id(), condition, from);
        if (samples.isEmpty()) {
            return;
        }
        long seen = seenUpTo.computeIfAbsent(key, k -> firstLook(rule, device));
        for (ThresholdSteps.Step step : ThresholdSteps.of(condition, samples, seen, book.isActive(rule.id(), device.id()))) {
            if (step instanceof ThresholdSteps.Raise raise) {
                book.raise(rule.id(), device.id(), device.details().name(), Instant.ofEpochMilli(raise.sinceTs()), raise.extreme(), now);
            } else if (step instanceof ThresholdSteps.Clear) {
                book.clear(rule.id(), device.id(), now);
            }
        }
        // only once judged: a failure above leaves these samples new for the next round
        seenUpTo.put(key, Math.max(seen, samples.get(samples.size() - 1).ts()));
    }

    /**
     * Once a minute, forgets what it saw for rules that are gone or disabled, and for devices whose last judged
     * reading is older than the rule looks back: for those, every sample it will read is new either way.
     */
    private void forgetStale(List<AlertRule> rules, Instant now) {
        if (swept.isAfter(now.minus(SWEEP_EVERY))) {
            return;
        }
        swept = now;
        Map<Long, Long> horizon = new HashMap<>();
        rules.forEach(rule -> horizon.put(rule.id(), now.minus(rule.condition().lookBack()).toEpochMilli()));
        seenUpTo.entrySet().removeIf(seen -> {
            Long from = horizon.get(seen.getKey().ruleId());
            return from == null || seen.getValue() < from;
        });
    }

    /** Readings from when the rule was made or changed, or its latest alert on the device last changed, are new. */
    private long firstLook(AlertRule rule, Device device) {
        Instant since = rule.updatedAt();
        Instant alert = book.lastChange(rule.id(), device.id()).orElse(since);
        return (alert.isAfter(since) ? alert : since).toEpochMilli();
    }

    private List<Sample> samples(long deviceRowId, Condition condition, long fromTs) {
        String column = condition.quantity().column();
        List<?> rows = em.createNativeQuery("SELECT ts, " + column + " FROM reading WHERE device_id = ? AND ts >= ? AND " + column
                + " IS NOT NULL ORDER BY ts").setParameter(1, deviceRowId).setParameter(2, fromTs).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Sample(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue())).toList();
    }
}
