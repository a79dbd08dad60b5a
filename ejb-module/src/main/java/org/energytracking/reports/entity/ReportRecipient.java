package org.energytracking.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/** An address outside the platform that asked for a definition's reports: it gets them once it confirmed. */
@Entity
@Table(name = "report_recipient")
public class ReportRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "definition_id")
    private long definitionId;
    private String email;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "link_sent_at")
    @Convert(converter = UtcInstant.class)
    private Instant linkSentAt;
    @Column(name = "confirmed_at")
    @Convert(converter = UtcInstant.class)
    private Instant confirmedAt;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected ReportRecipient() {
    }

    public ReportRecipient(long definitionId, String email, String tokenHash, Instant now) {
        this.definitionId = definitionId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.linkSentAt = now;
        this.createdAt = now;
    }

    /** The link of an address not yet confirmed works for {@code validFor} after it was sent. */
    public boolean linkExpired(Instant now, Duration validFor) {
        return confirmedAt == null && !now.isBefore(linkSentAt.plus(validFor));
    }

    /** A new link (its token's hash) replaces the expired one. */
    public void newLink(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.linkSentAt = now;
    }

    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public Instant linkSentAt() {
        return linkSentAt;
    }

    public long definitionId() {
        return definitionId;
    }

    public String email() {
        return email;
    }
}
