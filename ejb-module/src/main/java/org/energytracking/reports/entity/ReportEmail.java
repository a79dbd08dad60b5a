package org.energytracking.reports.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;
import org.energytracking.notify.entity.Delivery;
import org.energytracking.notify.entity.RetrySchedule;

/** The reports' outbox: a run's email to one address, written with the run's files, sent afterwards. */
@Entity
@Table(name = "report_email")
public class ReportEmail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id")
    private long runId;
    private String recipient;
    @Column(name = "download_token_hash")
    private String downloadTokenHash;
    @Column(name = "download_until")
    @Convert(converter = UtcInstant.class)
    private Instant downloadUntil;
    /** The PDF in the recipient's own locale when it is not the run's; null: the run's files. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;
    /** The recipient's own locale; null: the platform's. */
    private String locale;
    /** The email's summary in that locale's language; null: the run's. */
    private String summary;
    @Embedded
    private Delivery delivery;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected ReportEmail() {
    }

    public ReportEmail(long runId, String recipient, Instant now) {
        this(runId, recipient, now, null, null, null);
    }

    public ReportEmail(long runId, String recipient, Instant now, String locale, String summary, byte[] ownPdf) {
        this.runId = runId;
        this.recipient = recipient;
        this.locale = locale;
        this.summary = summary;
        this.pdf = ownPdf;
        this.delivery = Delivery.due(now);
        this.createdAt = now;
    }

    /** The email links to the files instead of attaching them: a token (its hash here) that works until {@code until}. */
    public void linkFiles(String tokenHash, Instant until) {
        this.downloadTokenHash = tokenHash;
        this.downloadUntil = until;
    }

    public boolean downloadable(Instant now) {
        return downloadUntil != null && now.isBefore(downloadUntil);
    }

    public Instant downloadUntil() {
        return downloadUntil;
    }

    public void sent(Instant now) {
        delivery.sent(now);
    }

    public void failed(String error, RetrySchedule schedule, Instant now) {
        delivery.failed(error, schedule, now);
    }

    /** The recipient's own PDF (another locale than the run's), if any. */
    public byte[] ownPdf() {
        return pdf;
    }

    public String locale() {
        return locale;
    }

    public String summary() {
        return summary;
    }

    public Long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public String recipient() {
        return recipient;
    }

    public Delivery delivery() {
        return delivery;
    }
}
