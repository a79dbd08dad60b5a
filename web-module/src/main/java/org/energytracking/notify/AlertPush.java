package org.energytracking.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.notify.boundary.PortalToasts;
import org.energytracking.notify.entity.AlertToast;

/**
 * Pushes each alert change to the open portal pages of the users it concerns, over the Faces websocket channel
 * "alerts" ({@code <f:websocket channel="alerts" user="#{portalUser.id}">} in the app template), where it shows
 * as a toast and refreshes the open-alerts bell. The EJB module's {@link AlertChanged} events reach this WAR's
 * observers (a probe saw both the timer's and the API's changes, before and after commit). Only after the
 * commit, so a toast never shows a change that rolled back; on another thread, so the threshold check or the
 * API call that changed the alert does not wait for the toasts' query and sends.
 */
@ApplicationScoped
public class AlertPush {

    private static final Logger LOG = Logger.getLogger(AlertPush.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    PortalToasts toasts;
    @Inject
    @Push(channel = "alerts")
    PushContext push;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged changed) {
        try {
            executor.execute(() -> push(changed));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Alert {0} not shown live (shutting down?): {1}", new Object[] {changed.alertId(), e.getMessage()});
        }
    }

    private void push(AlertChanged changed) {
        try {
            for (AlertToast toast : toasts.of(changed)) {
                push.send(Map.of("alert", toast.alertId(), "kind", toast.kind(), "severity", toast.severity(),
                        "headline", toast.headline(), "message", toast.message()), toast.userId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert " + changed.alertId() + " not shown live", e);
        }
    }
}
