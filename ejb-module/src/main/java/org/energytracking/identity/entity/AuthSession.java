package org.energytracking.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/** One signed-in client (a browser, a script): the family its refresh tokens belong to. */
@Entity
@Table(name = "auth_session")
@NamedQuery(name = AuthSession.ACTIVE_OF_USER, query = "SELECT s FROM AuthSession s WHERE s.user.id = :userId"
        + " AND s.revokedAt IS NULL AND s.expiresAt > :now ORDER BY s.lastUsedAt DESC")
@NamedQuery(name = AuthSession.REVOKED_SINCE, query = "SELECT s.id FROM AuthSession s WHERE s.revokedAt >= :since")
public class AuthSession {

    public static final String ACTIVE_OF_USER = "AuthSession.activeOfUser";
    public static final String REVOKED_SINCE = "AuthSession.revokedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "last_used_at")
    @Convert(converter = UtcInstant.class)
    private Instant lastUsedAt;
    @Column(name = "expires_at")
    @Convert(converter = UtcInstant.class)
    private Instant expiresAt;
    @Column(name = "revoked_at")
    @Convert(converter = UtcInstant.class)
    private Instant revokedAt;
    @Column(name = "revoked_reason")
    private String revokedReason;
    @Column(name = "user_agent")
    private String userAgent;
    @Column(name = "client_address")
    private String clientAddress;

    protected AuthSession() {
    }

    public AuthSession(User user, ClientInfo client, Instant now, Duration lifetime) {
        this.user = user;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = now.plus(lifetime);
        this.userAgent = client.userAgent();
        this.clientAddress = client.address();
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void used(ClientInfo client, Instant now) {
        this.lastUsedAt = now;
        this.clientAddress = client.address();
    }

    public void revoke(String reason, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedReason = reason;
        }
    }

    public Long id() {
        return id;
    }

    public User user() {
        return user;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String userAgent() {
        return userAgent;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
