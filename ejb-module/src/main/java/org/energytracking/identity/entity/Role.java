package org.energytracking.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.energytracking.kernel.Problem;

/** A named set of permissions. The built-in admin, operator and viewer cannot be removed. */
@Entity
@Table(name = "role")
@NamedQuery(name = Role.ALL, query = "SELECT r FROM Role r ORDER BY r.name")
@NamedQuery(name = Role.BY_NAME, query = "SELECT r FROM Role r WHERE r.name = :name")
public class Role {

    public static final String ALL = "Role.all";
    public static final String BY_NAME = "Role.byName";
    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    private boolean builtin;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new TreeSet<>();
    @Version
    private long version;

    protected Role() {
    }

    public Role(String name, String description, Collection<Permission> permissions) {
        if (name == null || !name.matches("[a-z][a-z0-9_-]{1,39}")) {
            throw Problem.invalid("name", "role name must be 2-40 lower-case letters, digits, '-' or '_'");
        }
        this.name = name;
        change(description, permissions);
    }

    public void change(String description, Collection<Permission> permissions) {
        if (ADMIN.equals(name)) {
            throw Problem.conflict("permissions", "the admin role always has every permission");
        }
        this.description = description;
        this.permissions = new TreeSet<>(permissions.stream().map(Permission::name).toList());
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission.name());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean builtin() {
        return builtin;
    }

    public Set<String> permissions() {
        return Set.copyOf(permissions);
    }
}
