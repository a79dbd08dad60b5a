package org.energytracking.notify.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.Webhook;
import org.energytracking.notify.entity.WebhookSignature;

/** An alert's notification as a signed JSON POST, outside any transaction; anything but a 2xx answer is a failure to retry. */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookChannel implements NotificationChannel {

    @PersistenceContext
    EntityManager em;

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Notification notification, Instant now) throws IOException {
        Webhook webhook = em.find(Webhook.class, Long.parseLong(notification.recipient().substring("webhook:".length())));
        Alert alert = em.find(Alert.class, notification.alertId());
        if (webhook == null || alert == null) {
            return;
        }
        String body = Json.createObjectBuilder().add("event", notification.event()).add("alert_id", alert.id())
                .add("rule_id", alert.ruleId()).add("site_id", alert.siteId()).add("type", alert.type().apiName())
                .add("severity", alert.severity().apiName()).add("state", alert.state().apiName())
                .add("message", alert.text(em.find(AlertRule.class, alert.ruleId())).describe(ZoneOffset.UTC, now))
                .add("opened_at", alert.openedAt().toString()).build().toString();
        int status = post(webhook, body);
        if (status / 100 != 2) {
            throw new IOException(webhook.url() + " answered " + status);
        }
    }

    /** Posts the body signed with the webhook's secret; returns the status (0 when the receiver could not be reached). */
    public int post(Webhook webhook, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(HttpPosts.TIMEOUT)
                .header("Content-Type", "application/json").header(WebhookSignature.HEADER, WebhookSignature.of(bytes, webhook.secret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            return HttpPosts.send(request);
        } catch (IOException e) {
            return 0;
        }
    }
}
