package org.energytracking.sites.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;
import org.energytracking.sites.control.SiteAccess;
import org.energytracking.sites.entity.Site;
import org.energytracking.sites.entity.SiteMember;

/** Sites and their members, as far as the caller may see and change them. */
@Stateless
public class Sites {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;
    @Inject
    SiteAccess access;
    @Inject
    NewAccounts accounts;
    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** A member with their account, for listing. */
    public record Member(SiteMember membership, User user) {
    }

    @Requires("sites:read")
    public List<Site> list() {
        Caller caller = current.get();
        if (caller.isAdmin()) {
            return em.createNamedQuery(Site.ALL, Site.class).getResultList();
        }
        return em.createNamedQuery(Site.OF_MEMBER, Site.class).setParameter("userId", caller.userId()).getResultList();
    }

    /** One page of every site, by name: the administration's view, where there is a site per user. */
    @Requires("users:read")
    public List<Site> page(int offset, int limit) {
        return em.createNamedQuery(Site.ALL, Site.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Requires("users:read")
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM Site s", Long.class).getSingleResult();
    }

    /** Creates a site; its creator manages it as its first member. */
    @Requires("sites:write")
    public Site create(String name, String timezone, BigDecimal floorAreaM2, ClientInfo client) {
        Caller caller = current.get();
        Site site = new Site(name, timezone, clock.instant());
        site.resize(floorAreaM2);
        em.persist(site);
        em.flush();
        em.persist(new SiteMember(site.id(), caller.userId(), accounts.role(Role.ADMIN), clock.instant()));
        audit.record(AuditAction.SITE_CREATED, "site:" + site.id(), client, site.name());
        return site;
    }

    @Requires("sites:read")
    public Site find(@Requires.Site long siteId) {
        return existing(siteId);
    }

    /** A null time zone or floor area keeps the current one. */
    @Requires("sites:write")
    public Site update(@Requires.Site long siteId, String name, String timezone, BigDecimal floorAreaM2) {
        Site site = existing(siteId);
        site.change(name, timezone != null ? timezone : site.timezone(), clock.instant());
        site.resize(floorAreaM2 != null ? floorAreaM2 : site.floorAreaM2());
        return site;
    }

    @Requires("sites:delete")
    public void delete(@Requires.Site long siteId, ClientInfo client) {
        Site site = existing(siteId);
        if (site.isPersonal()) {
            throw Problem.conflict("site_id", "a personal site goes only with its user");
        }
        long devices = em.createQuery("SELECT COUNT(d) FROM Device d WHERE d.siteId = :siteId", Long.class)
                .setParameter("siteId", siteId).getSingleResult();
        if (devices > 0) {
            throw Problem.conflict("site_id", "the site still has " + devices + " devices; move or delete them first");
        }
        em.remove(site);
        audit.record(AuditAction.SITE_DELETED, "site:" + siteId, client, site.name());
    }

    @Requires("sites:read")
    public List<Member> members(@Requires.Site long siteId) {
        return em.createNamedQuery(SiteMember.OF_SITE, SiteMember.class).setParameter("siteId", siteId).getResultList()
                .stream().map(member -> new Member(member, em.find(User.class, member.userId()))).toList();
    }

    /** Adds the user with that email to the site, or changes their role there. */
    @Requires("sites:write")
    public Member putMember(@Requires.Site long siteId, String email, String roleName, ClientInfo client) {
        User user = accounts.byEmail(email).orElseThrow(() -> Problem.invalid("email", "no user with this email"));
        Role role = accounts.roleNamed(roleName, "role");
        SiteMember member = em.find(SiteMember.class, new SiteMember.Key(siteId, user.id()));
        if (member == null) {
            member = new SiteMember(siteId, user.id(), role, clock.instant());
            em.persist(member);
        } else {
            member.changeRole(role);
        }
        audit.record(AuditAction.SITE_MEMBER_CHANGED, "site:" + siteId, client, user.email() + " as " + roleName);
        return new Member(member, user);
    }

    @Requires("sites:write")
    public void removeMember(@Requires.Site long siteId, long userId, ClientInfo client) {
        SiteMember member = em.find(SiteMember.class, new SiteMember.Key(siteId, userId));
        if (member == null) {
            throw Problem.notFound("user " + userId + " is not a member of site " + siteId);
        }
        if (Long.valueOf(userId).equals(existing(siteId).personalOf())) {
            throw Problem.conflict("user_id", "the owner of a personal site cannot leave it");
        }
        em.remove(member);
        audit.record(AuditAction.SITE_MEMBER_REMOVED, "site:" + siteId, client, "user " + userId);
    }

    private Site existing(long siteId) {
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw Problem.notFound("no site " + siteId);
        }
        return site;
    }
}
