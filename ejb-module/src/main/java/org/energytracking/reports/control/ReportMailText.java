package org.energytracking.reports.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.ReportWords;

/** A report email's subject and text in the reader's words: the summary, then the files attached or their links. */
record ReportMailText(String subject, String text) {

    /**
     * @param links  empty: the files are attached; else their download links, which work until {@code until}
     * @param portal the portal's address, ending in /
     */
    static ReportMailText of(ReportWords words, String name, ReportPeriod period, int version, String summary, List<String> links,
                             Instant until, String portal) {
        String label = period.label(words);
        StringBuilder text = new StringBuilder(name).append(", ").append(label)
                .append(version > 1 ? words.get("email.version", Integer.toString(version)) : "").append("\n\n")
                .append(summary).append("\n\n");
        if (links.isEmpty()) {
            text.append(words.get("email.attached"));
        } else {
            text.append(words.get("email.links", words.dates("email.until").withZone(ZoneOffset.UTC).format(until)));
            links.forEach(link -> text.append("\n  ").append(link));
        }
        text.append("\n\n").append(words.get("email.all", portal + "app/reports")).append('\n');
        return new ReportMailText(words.get("email.subject", name, label), text.toString());
    }
}
