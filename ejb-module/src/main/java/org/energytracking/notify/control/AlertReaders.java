package org.energytracking.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.User;
import org.energytracking.sites.entity.SiteMember;

/**
 * Who hears about a site's alerts on every channel: its members whose role on the site and own role both allow
 * reading alerts, and whose account is enabled. Administrators see every alert in the portal but are told only
 * about the sites they are members of.
 */
@Dependent
public class AlertReaders {

    @PersistenceContext
    EntityManager em;

    public List<User> of(long siteId) {
        return em.createNamedQuery(SiteMember.OF_SITE, SiteMember.class).setParameter("siteId", siteId).getResultStream()
                .filter(member -> member.allows(Permission.ALERTS_READ))
                .map(member -> em.find(User.class, member.userId()))
                .filter(user -> user != null && user.enabled() && user.roles().stream().anyMatch(role -> role.grants(Permission.ALERTS_READ)))
                .toList();
    }
}
