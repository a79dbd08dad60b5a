package org.energytracking.sites.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.sites.entity.SiteMember;

/**
 * Who may do what on which site. Administrators may do everything everywhere; everyone else what
 * both their own role and their role on the site allow. A site the caller is not a member of does
 * not exist for them (404), so nobody learns what others have.
 */
@Dependent
public class SiteAccess {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;

    /** The sites on which the caller has the permission; empty means all (an administrator). */
    public Optional<List<Long>> sitesAllowing(Permission permission) {
        Caller caller = current.get();
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        if (!caller.can(permission)) {
            return Optional.of(List.of());
        }
        return Optional.of(memberships(caller).stream().filter(m -> m.allows(permission)).map(SiteMember::siteId).toList());
    }

    /**
     * Passes if the caller may do this on the site; 404 if they cannot see the site (or it has
     * none, like devices from before sites existed), 403 if they see it but may not act.
     */
    public void require(Long siteId, Permission permission, String what) {
        Caller caller = current.get();
        if (caller.isAdmin()) {
            return;
        }
        SiteMember member = siteId == null ? null : em.find(SiteMember.class, new SiteMember.Key(siteId, caller.userId()));
        Permission read = new Permission(permission.resource(), "read");
        if (member == null || !member.allows(read) || !caller.can(read)) {
            throw Problem.notFound("no " + what);
        }
        if (!member.allows(permission) || !caller.can(permission)) {
            throw Problem.forbidden("your role does not allow " + permission.name() + " here");
        }
    }

    private List<SiteMember> memberships(Caller caller) {
        return em.createNamedQuery(SiteMember.OF_USER, SiteMember.class).setParameter("userId", caller.userId()).getResultList();
    }
}
