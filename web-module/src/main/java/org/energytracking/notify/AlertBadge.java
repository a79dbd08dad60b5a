package org.energytracking.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.energytracking.alerts.boundary.Alerts;

/** The number on the bell in the portal's top bar: alerts of the user's sites not yet resolved. */
@Named
@RequestScoped
public class AlertBadge {

    @Inject
    Alerts alerts;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = alerts.activeCount();
        }
        return count;
    }
}
