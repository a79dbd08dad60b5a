package org.energytracking.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.boundary.Roles;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Role;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/** Roles and their resource × action matrix; built-in roles can be changed (not admin) but not deleted. */
@Named
@ViewScoped
public class RolesView implements Serializable {

    @Inject
    Roles roles;
    @Inject
    PortalUser portalUser;

    private List<RoleRow> list;
    private boolean creating;
    private String name;
    private String description;
    private final Map<String, Boolean> grants = new HashMap<>();

    /** A role as the page shows it. */
    public record RoleRow(String name, String description, boolean builtin, List<String> permissions) implements Serializable {
        public boolean grants(String permission) {
            return Role.ADMIN.equals(name) || permissions.contains(permission);
        }

        public boolean isEditable() {
            return !Role.ADMIN.equals(name);
        }
    }

    public List<RoleRow> getList() {
        if (list == null) {
            list = roles.list().stream()
                    .map(role -> new RoleRow(role.name(), role.description(), role.builtin(), List.copyOf(role.permissions()))).toList();
        }
        return list;
    }

    public List<String> getResources() {
        return Permission.RESOURCES;
    }

    public List<String> getActions() {
        return Permission.ACTIONS;
    }

    public void startCreate() {
        creating = true;
        name = description = null;
        grants.clear();
    }

    public void startEdit(RoleRow row) {
        creating = false;
        name = row.name();
        description = row.description();
        grants.clear();
        row.permissions().forEach(permission -> grants.put(permission, true));
    }

    public void save() {
        List<String> permissions = grants.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        try {
            if (creating) {
                roles.create(name, description, permissions, Faces.client());
            } else {
                roles.change(name, description, permissions, Faces.client());
            }
            Notice.done("admin", "roles.saved", name);
            list = null;
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public void delete(RoleRow row) {
        try {
            roles.delete(row.name(), Faces.client());
            Notice.done("admin", "roles.deleted", row.name());
            list = null;
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void export() {
        List<List<Object>> rows = getList().stream()
                .flatMap(role -> Permission.CATALOG.stream().map(p -> List.<Object>of(role.name(), p.name(), role.grants(p.name())))).toList();
        CsvDownload.send("roles.csv", List.of("role", "permission", "granted"), rows);
    }

    public boolean isCreating() {
        return creating;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<String, Boolean> getGrants() {
        return grants;
    }
}
