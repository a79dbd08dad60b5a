package org.energytracking.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.User;
import org.energytracking.reports.entity.ReportDefinition;
import org.energytracking.reports.entity.ReportRecipient;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.sites.entity.SiteMember;

/**
 * Who gets a run by email: the definition's users who may still read the site's reports (enabled, a member whose
 * roles allow it), and its external addresses that confirmed. A custom report is only downloaded.
 */
@Dependent
public class ReportRecipients {

    static final Permission REPORTS_READ = Permission.of("reports:read");

    @PersistenceContext
    EntityManager em;

    /** An address and, for a user who chose one, the locale their numbers are written in (else null). */
    public record Recipient(String address, String locale) {
    }

    public List<Recipient> of(ReportRun run) {
        ReportDefinition definition = run.definitionId() == null ? null : em.find(ReportDefinition.class, run.definitionId());
        if (definition == null) {
            return List.of();
        }
        Map<String, Recipient> addresses = new LinkedHashMap<>();
        for (long userId : definition.userIds()) {
            User user = em.find(User.class, userId);
            if (user != null && user.enabled() && mayRead(run.siteId(), user)) {
                addresses.put(user.email(), new Recipient(user.email(), user.locale()));
            }
        }
        em.createQuery("SELECT r FROM ReportRecipient r WHERE r.definitionId = :id ORDER BY r.id", ReportRecipient.class)
                .setParameter("id", definition.id()).getResultStream()
                .filter(ReportRecipient::confirmed)
                .forEach(recipient -> addresses.putIfAbsent(recipient.email(), new Recipient(recipient.email(), null)));
        return new ArrayList<>(addresses.values());
    }

    public boolean mayRead(long siteId, User user) {
        SiteMember member = em.find(SiteMember.class, new SiteMember.Key(siteId, user.id()));
        return member != null && member.allows(REPORTS_READ) && user.roles().stream().anyMatch(role -> role.grants(REPORTS_READ));
    }
}
