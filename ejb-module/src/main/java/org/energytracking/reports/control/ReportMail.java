package org.energytracking.reports.control;

import java.time.Instant;
import java.util.List;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportRun;

/**
 * A claimed outbox row with what it sends.
 *
 * @param downloadToken null when the files are attached; else the token of the links to them, valid until {@code downloadUntil}
 * @param locale        the recipient's own; null: the platform's
 * @param summary       the summary in that locale's words; null: the run's
 */
public record ReportMail(long id, String recipient, ReportRun run, List<ReportFile> files, String downloadToken,
                         Instant downloadUntil, String locale, String summary) {

    public long size() {
        return files.stream().mapToLong(ReportFile::sizeBytes).sum();
    }
}
