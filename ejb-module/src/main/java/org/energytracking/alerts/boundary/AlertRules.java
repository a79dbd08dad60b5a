package org.energytracking.alerts.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleDraft;
import org.energytracking.alerts.entity.RuleParams;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.RuleView;
import org.energytracking.alerts.entity.SensitivityChanged;
import org.energytracking.devices.control.DeviceLookup;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.sites.control.SiteAccess;

/**
 * Alert rules of the sites the caller may see. A rule belongs to its site: whoever may write the site's
 * alerts may change it; someone else's rule does not exist for the caller (404).
 */
@Stateless
public class AlertRules {

    @PersistenceContext
    EntityManager em;
    @Inject
    SiteAccess access;
    @Inject
    CurrentCaller current;
    @Inject
    DeviceLookup devices;
    @Inject
    Event<SensitivityChanged> sensitivityChanged;

    private final Clock clock = Clock.systemUTC();

    public List<RuleView> list() {
        Optional<List<Long>> sites = access.sitesAllowing(Permission.ALERTS_READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        return sites.map(ids -> em.createQuery("SELECT r FROM AlertRule r WHERE r.siteId IN :sites ORDER BY r.id", AlertRule.class)
                .setParameter("sites", ids).getResultList())
                .orElseGet(() -> em.createQuery("SELECT r FROM AlertRule r ORDER BY r.id", AlertRule.class).getResultList())
                .stream().map(this::view).toList();
    }

    public RuleView find(long id) {
        return view(readable(id, Permission.ALERTS_READ));
    }

    public RuleView create(RuleDraft draft) {
        Scope scope = scope(draft);
        AlertRule rule = new AlertRule(current.get().userId(), scope.siteId(), scope.deviceRowId(), draft.name(), draft.type(),
                draft.severity(), draft.enabled(), draft.params(), clock.instant());
        em.persist(rule);
        em.flush();
        return view(rule);
    }

    public RuleView update(long id, RuleDraft draft) {
        AlertRule rule = readable(id, Permission.ALERTS_WRITE);
        Scope scope = scope(draft);
        RuleParams before = rule.params();
        rule.change(scope.siteId(), scope.deviceRowId(), draft.name(), draft.type(), draft.severity(), draft.enabled(), draft.params(),
                clock.instant());
        if (rule.type() == RuleType.ANOMALY && (!Objects.equals(before.k(), rule.params().k()) || !Objects.equals(before.floorWh(), rule.params().floorWh()))) {
            // the history it judged is judged again: alerts its new sensitivity no longer finds are withdrawn, new ones recorded
            sensitivityChanged.fire(new SensitivityChanged(rule.deviceRowId() != null ? List.of(rule.deviceRowId())
                    : em.createQuery("SELECT d.id FROM Device d WHERE d.siteId = :site", Long.class).setParameter("site", rule.siteId()).getResultList()));
        }
        return view(rule);
    }

    private RuleView view(AlertRule rule) {
        Device device = rule.deviceRowId() == null ? null : em.find(Device.class, rule.deviceRowId());
        return new RuleView(rule, device == null ? null : device.deviceId());
    }

    /** Removes the rule and, with it, its alerts' history. */
    public void delete(long id) {
        em.remove(readable(id, Permission.ALERTS_WRITE));
    }

    private AlertRule readable(long id, Permission permission) {
        AlertRule rule = em.find(AlertRule.class, id);
        if (rule == null) {
            throw Problem.notFound("no alert rule " + id);
        }
        access.require(rule.siteId(), permission, "alert rule " + id);
        return rule;
    }

    private record Scope(long siteId, Long deviceRowId) {
    }

    /** The site (and device) a draft names, where the caller may write alerts. */
    private Scope scope(RuleDraft draft) {
        if ((draft.deviceId() == null) == (draft.siteId() == null)) {
            throw Problem.invalid("device_id", "a rule is on exactly one of device_id and site_id");
        }
        if (draft.siteId() != null) {
            access.require(draft.siteId(), Permission.ALERTS_WRITE, "site " + draft.siteId());
            return new Scope(draft.siteId(), null);
        }
        Device device = devices.find(draft.deviceId()).orElseThrow(() -> Problem.notFound("no device " + draft.deviceId()));
        access.require(device.siteId(), Permission.ALERTS_WRITE, "device " + draft.deviceId());
        return new Scope(device.siteId(), device.id());
    }
}
