package org.energytracking.identity.entity;

import java.util.Set;
import org.energytracking.kernel.Problem;

/**
 * The signed-in user behind a request, from a verified access token: who, in which session, and
 * what their roles allow. Site-level limits come on top (see SiteAccess).
 */
public record Caller(long userId, String email, Long sessionId, Set<String> roles, Set<Permission> permissions) {

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean can(Permission permission) {
        return isAdmin() || permissions.contains(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw Problem.forbidden("your role does not allow " + permission.name());
        }
    }
}
