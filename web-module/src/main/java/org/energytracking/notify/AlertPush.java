package org.energytracking.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.energytracking.notify.control.AlertFeed;
import org.energytracking.notify.entity.AlertToast;

/**
 * Pushes each alert change to the open portal pages of the users it concerns, over the Faces websocket channel
 * "alerts" ({@code <f:websocket channel="alerts" user="#{portalUser.id}">} in the app template), where it shows
 * as a toast and refreshes the open-alerts badge.
 */
@ApplicationScoped
public class AlertPush {

    @Inject
    AlertFeed feed;
    @Inject
    @Push(channel = "alerts")
    PushContext push;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        feed.listen(this::push);
    }

    void push(List<AlertToast> toasts) {
        for (AlertToast toast : toasts) {
            push.send(Map.of("alert", toast.alertId(), "kind", toast.kind(), "severity", toast.severity(),
                    "headline", toast.headline(), "message", toast.message()), toast.userId());
        }
    }
}
