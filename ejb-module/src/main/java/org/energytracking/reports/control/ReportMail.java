package org.energytracking.reports.control;

import java.time.Instant;
import java.util.List;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportRun;

/**
 * A claimed outbox row with what it sends.
 *
 * @param downloadToken null when the files are attached; else the token of the links to them, valid until {@code downloadUntil}
 */
public record ReportMail(long id, String recipient, ReportRun run, List<ReportFile> files, String downloadToken,
                         Instant downloadUntil) {

    public long size() {
        return files.stream().mapToLong(ReportFile::sizeBytes).sum();
    }
}
