package org.energytracking.reports.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A run's file in one format, kept with the run (see V15 for why in the database). */
@Entity
@Table(name = "report_file")
@IdClass(ReportFile.Key.class)
public class ReportFile {

    public record Key(Long runId, String format) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "run_id")
    private Long runId;
    @Id
    private String format;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "size_bytes")
    private long sizeBytes;

    protected ReportFile() {
    }

    public ReportFile(long runId, ReportFormat format, byte[] content) {
        this.runId = runId;
        this.format = format.apiName();
        this.content = content;
        this.sizeBytes = content.length;
    }

    public long runId() {
        return runId;
    }

    public ReportFormat format() {
        return ReportFormat.of(format);
    }

    public byte[] content() {
        return content;
    }

    public long sizeBytes() {
        return sizeBytes;
    }
}
