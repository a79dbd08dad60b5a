package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.control.Revocations;
import org.energytracking.identity.control.RoleCatalog;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;

/** Accounts as administrators manage them: invite, rename, assign roles, disable, delete. */
@Stateless
public class UserAdministration {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;
    @Inject
    NewAccounts accounts;
    @Inject
    RoleCatalog catalog;
    @Inject
    Revocations revocations;
    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** What may change; null leaves a field as it is. */
    public record Changes(String firstName, String lastName, List<String> roles, Boolean enabled) {
    }

    @Requires("users:read")
    public List<User> list(int offset, int limit) {
        return em.createNamedQuery(User.ALL, User.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** One page of the users whose email or name contains the text (any case), by email. */
    @Requires("users:read")
    public List<User> search(String text, int offset, int limit) {
        return em.createNamedQuery(User.MATCHING, User.class).setParameter("text", pattern(text))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Requires("users:read")
    public long count(String text) {
        return em.createNamedQuery(User.COUNT_MATCHING, Long.class).setParameter("text", pattern(text)).getSingleResult();
    }

    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
        return "%" + plain + "%";
    }

    @Requires("users:read")
    public User find(long userId) {
        return existing(userId);
    }

    @Requires("users:write")
    public User create(NewAccounts.Details details, List<String> roles, ClientInfo client) {
        if (accounts.byEmail(details.email()).isPresent()) {
            throw Problem.conflict("email", "a user with this email exists");
        }
        User user = accounts.create(details, roles, true, clock.instant());
        audit.record(AuditAction.USER_CREATED, "user:" + user.id(), client, "roles " + user.roleNames());
        return user;
    }

    @Requires("users:write")
    public User update(long userId, Changes changes, ClientInfo client) {
        User user = existing(userId);
        if (changes.firstName() != null || changes.lastName() != null) {
            user.rename(changes.firstName() != null ? changes.firstName() : user.firstName(),
                    changes.lastName() != null ? changes.lastName() : user.lastName(), clock.instant());
        }
        if (changes.roles() != null) {
            if (user.hasRole(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
                requireAnotherAdmin(user);
            }
            String before = user.roleNames().toString();
            user.assignRoles(accounts.roles(changes.roles()), clock.instant());
            audit.record(AuditAction.ROLES_ASSIGNED, "user:" + userId, client, before + " -> " + user.roleNames());
        }
        if (changes.enabled() != null && changes.enabled() != user.enabled()) {
            if (!changes.enabled() && user.hasRole(Role.ADMIN)) {
                requireAnotherAdmin(user);
            }
            user.enable(changes.enabled(), clock.instant());
            if (!changes.enabled()) {
                revocations.revokeAllOf(userId, "account disabled");
            }
            audit.record(AuditAction.USER_UPDATED, "user:" + userId, client, changes.enabled() ? "enabled" : "disabled");
        }
        catalog.userChanged(userId);
        return user;
    }

    @Requires("users:delete")
    public void delete(long userId, ClientInfo client) {
        Caller caller = current.get();
        User user = existing(userId);
        if (user.id() == caller.userId()) {
            throw Problem.conflict("user_id", "you cannot delete your own account here");
        }
        if (user.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(user);
        }
        revocations.revokeAllOf(userId, "account deleted");
        em.remove(user);
        catalog.userChanged(userId);
        audit.record(AuditAction.USER_DELETED, "user:" + userId, client, user.email());
    }

    private void requireAnotherAdmin(User user) {
        long admins = em.createNamedQuery(User.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins <= 1) {
            throw Problem.conflict("roles", user.email() + " is the last administrator");
        }
    }

    private User existing(long userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw Problem.notFound("no user " + userId);
        }
        return user;
    }
}
