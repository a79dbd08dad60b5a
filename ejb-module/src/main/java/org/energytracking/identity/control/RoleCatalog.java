package org.energytracking.identity.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;

/**
 * Who has which roles and what each role allows, cached: every API call needs both. A change
 * clears the cache, so it applies to the next call rather than the next token.
 */
@Singleton
@Lock(LockType.READ)
public class RoleCatalog {

    @PersistenceContext
    EntityManager em;

    private final Map<String, Set<Permission>> byRole = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> rolesByUser = new ConcurrentHashMap<>();

    /** The user's roles now, not when their token was issued: a change applies to the next call. */
    public Set<String> rolesOf(long userId) {
        return rolesByUser.computeIfAbsent(userId, id -> {
            User user = em.find(User.class, id);
            return user == null ? Set.of() : user.roleNames();
        });
    }

    public void userChanged(long userId) {
        rolesByUser.remove(userId);
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
    }

    private Set<Permission> load(String name) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultStream()
                .findFirst()
                .map(role -> Role.ADMIN.equals(role.name()) ? Set.copyOf(Permission.CATALOG)
                        : Set.copyOf(role.permissions().stream().map(Permission::of).toList()))
                .orElse(Set.of());
    }
}
