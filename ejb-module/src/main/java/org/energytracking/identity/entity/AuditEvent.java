package org.energytracking.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/** One line of the audit trail: who did what to what, from where, and whether it worked. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Convert(converter = UtcInstant.class)
    private Instant at;
    @Column(name = "user_id")
    private Long userId;
    private String email;
    private String action;
    private String outcome;
    private String target;
    @Column(name = "client_address")
    private String clientAddress;
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, Long userId, String email, AuditAction action, boolean success,
                      String target, ClientInfo client, String details) {
        this.at = at;
        this.userId = userId;
        this.email = email;
        this.action = action.code();
        this.outcome = success ? "success" : "failure";
        this.target = target;
        this.clientAddress = client == null ? null : client.address();
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String action() {
        return action;
    }

    public String outcome() {
        return outcome;
    }

    public String target() {
        return target;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String details() {
        return details;
    }
}
