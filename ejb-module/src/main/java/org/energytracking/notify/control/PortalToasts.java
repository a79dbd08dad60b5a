package org.energytracking.notify.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.AlertText;
import org.energytracking.notify.entity.AlertToast;
import org.energytracking.notify.entity.Channel;

/**
 * The portal channel: the same readers as the outbox's, each whose preferences take the alert's severity in
 * the portal. Nothing is stored: a toast is for whoever has the portal open now, and the alert itself stays
 * on the Alerts page. Quiet hours do not hold it back, since it only shows while the user looks. Called by
 * {@link AlertFeed} after the change committed, on a thread of its own, with no caller.
 */
@Stateless
public class PortalToasts {

    @PersistenceContext
    EntityManager em;
    @Inject
    AlertReaders readers;
    @Inject
    Preferences preferences;

    private final Clock clock = Clock.systemUTC();

    public List<AlertToast> of(AlertChanged changed) {
        Alert alert = em.find(Alert.class, changed.alertId());
        if (alert == null) {
            return List.of();
        }
        AlertText text = alert.text(em.find(AlertRule.class, alert.ruleId()));
        Instant now = clock.instant();
        return readers.of(alert.siteId()).stream()
                .filter(user -> preferences.of(user.id(), now).takes(Channel.PORTAL, alert.severity()))
                .map(user -> new AlertToast(user.id(), alert.id(), changed.event(), alert.severity().apiName(), text.headline(),
                        text.describe(user.zone(), now)))
                .toList();
    }
}
