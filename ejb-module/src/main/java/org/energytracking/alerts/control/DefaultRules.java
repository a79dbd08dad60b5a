package org.energytracking.alerts.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleParams;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.identity.entity.AccountOpened;
import org.energytracking.sites.entity.SiteMember;

/**
 * "My meter stopped", "the heater ran all night" and "the base load crept up" work without setup: a new account's
 * personal site gets an offline, an anomaly and a base-load rule for all its devices.
 */
@Dependent
public class DefaultRules {

    static final String OFFLINE_NAME = "A device stopped reporting";
    static final String ANOMALY_NAME = "Unusual consumption";
    static final String BASE_LOAD_NAME = "Night-time base load creeping up";

    @PersistenceContext
    EntityManager em;

    void onAccountOpened(@Observes @Priority(AccountOpened.FOR_THE_SITE) AccountOpened account) {
        em.createNamedQuery(SiteMember.OF_USER, SiteMember.class).setParameter("userId", account.userId()).getResultStream()
                .forEach(member -> {
                    em.persist(new AlertRule(account.userId(), member.siteId(), null, OFFLINE_NAME, RuleType.OFFLINE,
                            Severity.WARNING, true, RuleParams.offline(null, null), account.at()));
                    // the offline rule first, as the rules list (by id) has always begun
                    em.flush();
                    em.persist(new AlertRule(account.userId(), member.siteId(), null, ANOMALY_NAME, RuleType.ANOMALY,
                            Severity.WARNING, true, RuleParams.anomaly(null, null), account.at()));
                    em.flush();
                    em.persist(new AlertRule(account.userId(), member.siteId(), null, BASE_LOAD_NAME, RuleType.BASE_LOAD,
                            Severity.INFO, true, RuleParams.anomaly(null, null), account.at()));
                });
    }
}
