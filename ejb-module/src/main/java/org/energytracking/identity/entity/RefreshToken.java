package org.energytracking.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/**
 * One refresh token of a session, stored by its hash. Each is good for one refresh; presenting a
 * used one means it was copied, and the whole session is revoked.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private AuthSession session;
    @Column(name = "issued_at")
    @Convert(converter = UtcInstant.class)
    private Instant issuedAt;
    @Column(name = "used_at")
    @Convert(converter = UtcInstant.class)
    private Instant usedAt;

    protected RefreshToken() {
    }

    public RefreshToken(Secret secret, AuthSession session, Instant now) {
        this.tokenHash = secret.hash();
        this.session = session;
        this.issuedAt = now;
    }

    /** Marks it used; false if it had been used before (a replay). */
    public boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public AuthSession session() {
        return session;
    }
}
