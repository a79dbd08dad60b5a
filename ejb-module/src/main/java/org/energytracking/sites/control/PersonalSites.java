package org.energytracking.sites.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.energytracking.identity.entity.AccountOpened;
import org.energytracking.identity.entity.Role;
import org.energytracking.sites.entity.Site;
import org.energytracking.sites.entity.SiteMember;

/** Every new account manages a personal site, made in the transaction that opens the account. */
@Dependent
public class PersonalSites {

    @PersistenceContext
    EntityManager em;

    void open(@Observes AccountOpened account) {
        Site site = Site.personal(account.userId(), account.firstName(), account.at());
        em.persist(site);
        em.flush();
        Role manager = em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ADMIN).getSingleResult();
        em.persist(new SiteMember(site.id(), account.userId(), manager, account.at()));
    }
}
