package org.energytracking.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.energytracking.identity.entity.Secret;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.entity.ReportEmail;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.reports.entity.ReportFormat;

/**
 * The files of an email too large to attach, by the token in its links: no sign-in, since external recipients
 * have no account. The token is random, stored as its hash, and works until the email's {@code download_until}.
 */
@Stateless
public class ReportDownloads {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public ReportFile file(String token, String format) {
        ReportEmail email = token == null || token.isBlank() ? null
                : em.createQuery("SELECT e FROM ReportEmail e WHERE e.downloadTokenHash = :hash", ReportEmail.class)
                        .setParameter("hash", Secret.hashOf(token)).getResultStream().findFirst().orElse(null);
        if (email == null) {
            throw Problem.notFound("this download link is not known");
        }
        if (!email.downloadable(clock.instant())) {
            throw Problem.notFound("this download link expired on " + email.downloadUntil() + "; sign in to download the report");
        }
        ReportFormat wanted;
        try {
            wanted = ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no " + format + " file");
        }
        ReportFile file = em.find(ReportFile.class, new ReportFile.Key(email.runId(), wanted.apiName()));
        if (file == null) {
            throw Problem.notFound("no " + format + " file");
        }
        return file;
    }
}
