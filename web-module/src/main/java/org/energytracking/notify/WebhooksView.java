package org.energytracking.notify;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.boundary.Webhooks;
import org.energytracking.notify.entity.Delivery;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.Webhook;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/** The profile's "Webhooks" section: the user's webhooks with how their deliveries fare, adding one (its secret shown once), deleting, a test call. */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH);

    @Inject
    Webhooks webhooks;
    @Inject
    PortalUser portalUser;

    private String url;
    private String secret;
    private List<Row> rows;

    /**
     * A webhook as listed. {@code state}: ok; retrying (the latest delivery failed and is tried again at {@code at});
     * failed (given up after {@code attempts} tries since {@code at}, until a delivery goes through again).
     */
    public record Row(long id, String url, Date created, String state, String error, String at, int attempts) implements Serializable {
        static Row of(Webhook webhook, Notification trouble, ZoneId zone) {
            Date created = Date.from(webhook.createdAt());
            if (trouble == null) {
                return new Row(webhook.id(), webhook.url(), created, webhook.failing() ? "failed" : "ok", null, null, 0);
            }
            boolean given = webhook.failing() || trouble.state() == Delivery.State.FAILED;
            Instant at = given ? trouble.delivery().firstAttemptAt() : trouble.dueAt();
            return new Row(webhook.id(), webhook.url(), created, given ? "failed" : "retrying", trouble.delivery().lastError(),
                    at == null ? null : AT.format(at.atZone(zone)), trouble.delivery().attempts());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            Map<Long, Notification> troubles = webhooks.troubles();
            ZoneId zone = portalUser.zone();
            rows = webhooks.list().stream().map(webhook -> Row.of(webhook, troubles.get(webhook.id()), zone)).toList();
        }
        return rows;
    }

    public void add() {
        try {
            Webhook created = webhooks.create(url);
            secret = created.secret();
            url = null;
            rows = null;
        } catch (Problem e) {
            Faces.problem(e, "webhooks");
        }
    }

    public void delete(Row row) {
        try {
            webhooks.delete(row.id());
            Notice.done("notify", "webhooks.deleted", row.url());
        } catch (Problem e) {
            Notice.refused(e);
        }
        secret = null;
        rows = null;
    }

    public void test(Row row) {
        try {
            int status = webhooks.test(row.id());
            if (status / 100 == 2) {
                Notice.done("notify", "webhooks.tested", row.url(), String.valueOf(status));
            } else if (status == 0) {
                Notice.failed("notify", "webhooks.unreached", row.url());
            } else {
                Notice.failed("notify", "webhooks.refused", row.url(), String.valueOf(status));
            }
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** The new webhook's secret, on this page only until the next change. */
    public String getSecret() {
        return secret;
    }
}
