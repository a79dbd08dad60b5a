package org.energytracking.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
        this.createdAt = now;
    }

    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public long definitionId() {
        return definitionId;
    }

    public String email() {
        return email;
    }
}
