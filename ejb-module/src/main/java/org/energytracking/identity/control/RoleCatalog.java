package org.energytracking.identity.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.energytracking.cluster.control.Evictions;
import org.energytracking.cluster.entity.Evicted;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;

/**
 * Who has which roles and what each role allows, cached: every API call needs both. A change
 * clears the cache, so it applies to the next call rather than the next token; on the other
 * instances of a deployment group within a second of its commit (cache_eviction).
 */
@Singleton
@Lock(LockType.READ)
public class RoleCatalog {

    private static final String ROLES = "roles";
    private static final String USER_ROLES = "user-roles";

    @PersistenceContext
    EntityManager em;
    @Inject
    Evictions evictions;

    private final Map<String, Set<Permission>> byRole = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> rolesByUser = new ConcurrentHashMap<>();

    /** The user's roles now, not when their token was issued: a change applies to the next call. */
    public Set<String> rolesOf(long userId) {
        return rolesByUser.computeIfAbsent(userId, id -> {
            User user = em.find(User.class, id);
            return user == null ? Set.of() : user.roleNames();
        });
    }

    /** Call in the transaction of the change: the other instances of the group forget it once it commits. */
    public void userChanged(long userId) {
        rolesByUser.remove(userId);
        evictions.record(USER_ROLES, Long.toString(userId));
    }

    public Set<Permission> permissionsOf(Collection<String> roleNames) {
        Set<Permission> permissions = new HashSet<>();
        for (String name : roleNames) {
            permissions.addAll(byRole.computeIfAbsent(name, this::load));
        }
        return permissions;
    }

    public void rolesChanged() {
        byRole.clear();
        evictions.record(ROLES, Evicted.ALL);
    }

    /** A change on another instance (or this one, once committed): read again on the next call. */
    public void onEvicted(@Observes Evicted evicted) {
        if (evicted.of(ROLES)) {
            byRole.clear();
        } else if (evicted.of(USER_ROLES)) {
            rolesByUser.remove(Long.parseLong(evicted.item()));
        }
    }

    private Set<Permission> load(String name) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultStream()
                .findFirst()
                .map(role -> Role.ADMIN.equals(role.name()) ? Set.copyOf(Permission.CATALOG)
                        : Set.copyOf(role.permissions().stream().map(Permission::of).toList()))
                .orElse(Set.of());
    }
}
