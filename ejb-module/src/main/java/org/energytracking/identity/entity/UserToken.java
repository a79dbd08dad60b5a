package org.energytracking.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/** A single-use, expiring link sent by email: a password reset, an email verification or an invitation. */
@Entity
@Table(name = "user_token")
@NamedQuery(name = UserToken.OPEN_OF_USER, query = "SELECT t FROM UserToken t WHERE t.user.id = :userId"
        + " AND t.purpose = :purpose AND t.usedAt IS NULL")
public class UserToken {

    public static final String OPEN_OF_USER = "UserToken.openOfUser";
    public static final String RESET = "reset";
    public static final String VERIFY = "verify";
    public static final String INVITE = "invite";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    private String purpose;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "expires_at")
    @Convert(converter = UtcInstant.class)
    private Instant expiresAt;
    @Column(name = "used_at")
    @Convert(converter = UtcInstant.class)
    private Instant usedAt;

    protected UserToken() {
    }

    public UserToken(Secret secret, User user, String purpose, Instant now, Duration lifetime) {
        this.tokenHash = secret.hash();
        this.user = user;
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Uses it up; false if it was for something else, used already or expired. */
    public boolean redeem(String expectedPurpose, Instant now) {
        if (!usable(expectedPurpose, now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    /** Whether {@link #redeem} would succeed now, without using it. */
    public boolean usable(String expectedPurpose, Instant now) {
        return purpose.equals(expectedPurpose) && usedAt == null && expiresAt.isAfter(now);
    }

    public void cancel(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public User user() {
        return user;
    }
}
