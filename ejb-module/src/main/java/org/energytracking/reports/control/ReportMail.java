package org.energytracking.reports.control;

import java.util.List;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportRun;

/** A claimed outbox row with what it sends. */
public record ReportMail(long id, String recipient, ReportRun run, List<ReportFile> files) {

    public long size() {
        return files.stream().mapToLong(ReportFile::sizeBytes).sum();
    }
}
