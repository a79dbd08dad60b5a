package org.energytracking.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.alerts.boundary.Alerts;
import org.energytracking.alerts.entity.AlertFilter;
import org.energytracking.alerts.entity.AlertState;

/** The dashboard's card: a site's open alerts counted by severity, and the latest few; read once per request and site. */
@Named
@RequestScoped
public class OpenAlerts {

    static final int LATEST = 3;

    @Inject
    Alerts alerts;

    private final Map<Long, Card> cards = new HashMap<>();

    /** What the card shows; Jakarta EL reads it by method calls. */
    public record Card(int total, int critical, int warning, int info, List<AlertRow> latest) {

        static Card of(List<AlertRow> open) {
            return new Card(open.size(), count(open, "critical"), count(open, "warning"), count(open, "info"),
                    open.stream().limit(LATEST).toList());
        }

        private static int count(List<AlertRow> open, String severity) {
            return (int) open.stream().filter(alert -> alert.severity().equals(severity)).count();
        }
    }

    public Card of(Long siteId) {
        return cards.computeIfAbsent(siteId, site -> Card.of(alerts.list(new AlertFilter(AlertState.OPEN, null, site, null, null, null))
                .stream().map(AlertRow::of).toList()));
    }
}
