package org.energytracking.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.energytracking.identity.entity.Secret;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;

/** A URL a user's alerts are posted to, signed with a secret only they and the platform know. */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.OF_USER, query = "SELECT w FROM Webhook w WHERE w.userId = :userId ORDER BY w.id")
public class Webhook {

    public static final String OF_USER = "Webhook.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private long userId;
    private String url;
    private String secret;
    private boolean failing;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected Webhook() {
    }

    /** A webhook with a new random secret; {@code url} must be http or https with a host. */
    public Webhook(long userId, String url, Instant now) {
        this.userId = userId;
        this.url = checked(url);
        this.secret = Secret.generate().value();
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null || url.length() > 500) {
                throw Problem.invalid("url", "url must be an http or https address with a host, at most 500 characters");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw Problem.invalid("url", "url is not an address: " + e.getMessage());
        }
    }

    /** A notification gave up on it: the user sees it marked failing until it answers again. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public boolean failing() {
        return failing;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
