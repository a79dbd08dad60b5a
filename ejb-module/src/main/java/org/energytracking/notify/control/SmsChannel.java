package org.energytracking.notify.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.identity.entity.User;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Notification;
import org.energytracking.notify.entity.NotificationPreference;
import org.energytracking.notify.entity.SmsText;

/**
 * An alert as an SMS through the provider at {@code notify.sms.url}: a form POST of To, From and Body with HTTP
 * Basic authentication (account and token), as Twilio's Messages API and most of its imitators take it. The
 * settings are read at each send: administrators change them at runtime. Anything but a 2xx is a failure.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsChannel implements NotificationChannel {

    @PersistenceContext
    EntityManager em;
    @Inject
    Config config;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    /** Whether an administrator has told the platform where to send SMS. */
    public boolean available() {
        return setting("notify.sms.url").isPresent();
    }

    @Override
    public void send(Notification notification, Instant now) throws IOException {
        User user = em.find(User.class, Long.parseLong(notification.recipient().substring("user:".length())));
        Alert alert = em.find(Alert.class, notification.alertId());
        NotificationPreference preference = user == null ? null : em.find(NotificationPreference.class, user.id());
        if (alert == null || preference == null || preference.phone() == null) {
            return;
        }
        String url = setting("notify.sms.url").orElseThrow(() -> new IOException("notify.sms.url is not set"));
        String body = form(Map.of("To", preference.phone(), "From", setting("notify.sms.from").orElse(""),
                "Body", SmsText.of(alert.text(em.find(AlertRule.class, alert.ruleId())).describe(user.zone(), now)).text()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(HttpPosts.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        Optional<String> account = setting("notify.sms.account");
        if (account.isPresent()) {
            String credentials = account.get() + ":" + setting("notify.sms.token").orElse("");
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        int status;
        try {
            status = HttpPosts.send(request.build());
        } catch (IOException e) {
            throw new IOException(url + " not reached: " + e, e);
        }
        if (status / 100 != 2) {
            throw new IOException(url + " answered " + status);
        }
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
