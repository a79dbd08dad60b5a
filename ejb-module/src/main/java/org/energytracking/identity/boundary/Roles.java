package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.control.RoleCatalog;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Role;
import org.energytracking.kernel.Problem;

/** Roles and the permissions they are made of. */
@Stateless
public class Roles {

    @PersistenceContext
    EntityManager em;
    @Inject
    RoleCatalog catalog;
    @Inject
    AuditTrail audit;

    @Requires("users:read")
    public List<Role> list() {
        return em.createNamedQuery(Role.ALL, Role.class).getResultList();
    }

    @Requires("users:write")
    public Role create(String name, String description, List<String> permissions, ClientInfo client) {
        if (!em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultList().isEmpty()) {
            throw Problem.conflict("name", "role " + name + " exists");
        }
        Role role = new Role(name, description, permissions(permissions));
        em.persist(role);
        audit.record(AuditAction.ROLE_CREATED, "role:" + name, client, role.permissions().toString());
        return role;
    }

    @Requires("users:write")
    public Role change(String name, String description, List<String> permissions, ClientInfo client) {
        Role role = existing(name);
        String before = role.permissions().toString();
        role.change(description, permissions(permissions));
        catalog.rolesChanged();
        audit.record(AuditAction.ROLE_CHANGED, "role:" + name, client, before + " -> " + role.permissions());
        return role;
    }

    @Requires("users:write")
    public void delete(String name, ClientInfo client) {
        Role role = existing(name);
        if (role.builtin()) {
            throw Problem.conflict("name", "built-in role " + name + " cannot be deleted");
        }
        long uses = em.createQuery("SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r.id = :id", Long.class)
                .setParameter("id", role.id()).getSingleResult()
                + em.createQuery("SELECT COUNT(m) FROM SiteMember m WHERE m.role.id = :id", Long.class)
                .setParameter("id", role.id()).getSingleResult();
        if (uses > 0) {
            throw Problem.conflict("name", "role " + name + " is still given to " + uses + " users or site members");
        }
        em.remove(role);
        catalog.rolesChanged();
        audit.record(AuditAction.ROLE_DELETED, "role:" + name, client, null);
    }

    private Role existing(String name) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("no role " + name));
    }

    private static List<Permission> permissions(List<String> names) {
        return names == null ? List.of() : names.stream().map(Permission::of).toList();
    }
}
