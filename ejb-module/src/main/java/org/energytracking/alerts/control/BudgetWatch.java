package org.energytracking.alerts.control;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.BudgetStep;
import org.energytracking.alerts.entity.BudgetUse;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.devices.entity.Device;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.control.MeteredScopes;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.metering.entity.RollupsChanged;
import org.energytracking.sites.entity.Site;

/**
 * Budget rules, judged by the alert timer from the stored rollups (by day, in the site's zone), the way the
 * dashboard counts a period, so late readings count once they are rolled up. A rule is judged when rollups it
 * reads were re-rolled or re-priced (heard after that transaction committed), when it is new or changed (and once
 * after a start), and when the period of its active alert is over. Only a change costs a transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BudgetWatch {

    private static final Logger LOG = Logger.getLogger(BudgetWatch.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    AlertBook book;
    @Inject
    Energy energy;
    @Inject
    MeteredScopes scopes;

    private final Set<Long> rolled = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> judgedVersion = new ConcurrentHashMap<>();

    public void onRollupsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        rolled.add(changed.deviceRowId());
    }

    public void evaluate(Instant now) {
        List<Long> devices = new ArrayList<>(rolled);
        rolled.removeAll(devices);
        List<AlertRule> rules = em.createQuery("SELECT r FROM AlertRule r WHERE r.type = :type AND r.enabled = TRUE", AlertRule.class)
                .setParameter("type", RuleType.BUDGET.apiName()).getResultList();
        // rules deleted or disabled are judged afresh should they come back
        judgedVersion.keySet().retainAll(rules.stream().map(AlertRule::id).collect(Collectors.toSet()));
        if (rules.isEmpty()) {
            return;
        }
        Set<Long> sites = devices.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                "SELECT DISTINCT d.siteId FROM Device d WHERE d.id IN :ids", Long.class).setParameter("ids", devices).getResultList());
        Map<Long, Instant> activeSince = em.createQuery("SELECT a FROM Alert a WHERE a.type = :type AND a.active = 1", Alert.class)
                .setParameter("type", RuleType.BUDGET.apiName()).getResultStream()
                .collect(Collectors.toMap(Alert::ruleId, Alert::since, (a, b) -> a.isBefore(b) ? a : b));
        for (AlertRule rule : rules) {
            try {
                Site site = em.find(Site.class, rule.siteId());
                ZoneId zone = ZoneId.of(site.timezone());
                Instant periodStart = rule.budgetPeriod().from(now, zone);
                boolean due = !rule.updatedAt().equals(judgedVersion.get(rule.id()))
                        || (rule.deviceRowId() == null ? sites.contains(rule.siteId()) : devices.contains(rule.deviceRowId()))
                        || activeSince.getOrDefault(rule.id(), periodStart).isBefore(periodStart);
                if (due) {
                    judge(rule, site, zone, periodStart, now);
                    judgedVersion.put(rule.id(), rule.updatedAt());
                }
            } catch (RuntimeException e) {
                // one rule that fails (its device just deleted, a race another instance won) must not stop the others
                LOG.log(Level.FINE, "Budget rule {0}: {1}", new Object[] {rule.id(), e.toString()});
            }
        }
    }

    private void judge(AlertRule rule, Site site, ZoneId zone, Instant periodStart, Instant now) {
        Metered metered;
        if (rule.deviceRowId() == null) {
            metered = scopes.site(site);
        } else {
            Device device = em.find(Device.class, rule.deviceRowId());
            if (device == null) {
                return;
            }
            metered = scopes.device(device, zone, site);
        }
        Instant periodEnd = rule.budgetPeriod().to(now, zone);
        Optional<BudgetUse> use = BudgetUse.of(energy.energy(metered, periodStart, periodEnd, Resolution.DAY), rule.budgetsCost());
        if (use.isEmpty()) {
            return;
        }
        Alert alert = book.latestOf(rule.id(), rule.deviceRowId()).filter(latest -> latest.since().equals(periodStart)).orElse(null);
        boolean endsAnother = alert == null && book.isActive(rule.id(), rule.deviceRowId());
        if (endsAnother || BudgetStep.of(alert, rule.budgetLevel(use.get().used()), use.get()) != BudgetStep.NOTHING) {
            book.budget(rule.id(), rule.deviceRowId(), metered.name(), periodStart, use.get(), now);
        }
    }
}
