package org.energytracking.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import org.energytracking.notify.boundary.OutboxReport;

/** The System page's table of notifications the outbox gave up on, newest first, for administrators. */
@Named
@RequestScoped
public class OutboxTable {

    private static final int SHOWN = 50;

    @Inject
    OutboxReport report;

    private List<Line> failed;

    /** One given-up notification; a Date, which the page's date converter formats in the reader's zone. */
    public record Line(Date createdAt, String channel, String recipient, String event, long alertId, int attempts, String lastError) {
    }

    public List<Line> getFailed() {
        if (failed == null) {
            failed = report.list("failed", SHOWN).stream().map(row -> new Line(Date.from(row.createdAt()), row.channel(), row.recipient(),
                    row.event(), row.alertId(), row.attempts(), row.lastError())).toList();
        }
        return failed;
    }
}
