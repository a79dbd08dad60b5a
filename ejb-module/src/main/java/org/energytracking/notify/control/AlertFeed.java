package org.energytracking.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.alerts.entity.AlertChanged;
import org.energytracking.live.control.LiveRelay;
import org.energytracking.notify.entity.AlertToast;

/**
 * Committed alert changes for live pages, as toasts per user. A registered listener, not a CDI event the WAR
 * observes: a WAR observer is called (a probe saw it), but on the EJB module's thread and naming context, so a
 * WAR bean first made there cannot resolve its own resources (measured: "Lookup failed for java:comp/env/...
 * AlertPush/executor", no toast). The WAR registers at its start, in its own context. Only
 * after the change commits, so a toast never shows an alert that rolled back; the toasts are worked out on
 * another thread, since the change may have been made on the ingest path, which must not wait for them.
 */
@ApplicationScoped
public class AlertFeed {

    static final String KIND = "alert";
    private static final Logger LOG = Logger.getLogger(AlertFeed.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    PortalToasts toasts;
    @Inject
    LiveRelay relay;

    private final List<Consumer<List<AlertToast>>> listeners = new CopyOnWriteArrayList<>();

    /** Alert changes committed on any instance (the page's websocket is open on one of them). */
    public void listen(Consumer<List<AlertToast>> listener) {
        if (listeners.isEmpty()) {
            relay.handle(KIND, this::arrived);
        }
        listeners.add(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged changed) {
        if (!listeners.isEmpty()) {
            relay.publish(KIND, changed.alertId() + " " + changed.event());
        }
    }

    private void arrived(String text) {
        String[] fields = text.split(" ", 2);
        AlertChanged changed = new AlertChanged(Long.parseLong(fields[0]), fields[1]);
        try {
            executor.execute(() -> deliver(changed));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Alert {0} not shown live (shutting down?): {1}", new Object[] {changed.alertId(), e.getMessage()});
        }
    }

    private void deliver(AlertChanged changed) {
        List<AlertToast> toasted;
        try {
            toasted = toasts.of(changed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert " + changed.alertId() + " not shown live", e);
            return;
        }
        for (Consumer<List<AlertToast>> listener : listeners) {
            try {
                listener.accept(toasted);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An alert feed listener failed", e);
            }
        }
    }
}
