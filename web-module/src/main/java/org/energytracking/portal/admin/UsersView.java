package org.energytracking.portal.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.boundary.Roles;
import org.energytracking.identity.boundary.UserAdministration;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.entity.Role;
import org.energytracking.portal.Faces;
import org.energytracking.portal.export.CsvDownload;
import org.energytracking.portal.session.PortalUser;
import org.energytracking.problems.Problem;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Users: a page of them at a time, invite, enable or disable, roles, delete. The facade decides what is allowed. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final int EXPORT_LIMIT = 100_000;

    @Inject
    UserAdministration users;
    @Inject
    Roles roles;
    @Inject
    PortalUser portalUser;

    private String text;
    private final Invitation invitation = new Invitation();
    private UserRow editing;
    private List<String> editedRoles = new ArrayList<>();

    /** The invite form's fields; the ids in the page are the API's field names. */
    public static class Invitation implements Serializable {
        public String email;
        public String firstName;
        public String lastName;
        public String password;
        public List<String> roles = new ArrayList<>(List.of(Role.VIEWER));

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getFirstName() { return firstName; }
        public void setFirstName(String firstName) { this.firstName = firstName; }
        public String getLastName() { return lastName; }
        public void setLastName(String lastName) { this.lastName = lastName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles; }
    }

    private final LazyDataModel<UserRow> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) users.count(portalUser.caller(), text);
        }

        @Override
        public List<UserRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return users.search(portalUser.caller(), text, first, size).stream().map(UserRow::of).toList();
        }

        @Override
        public String getRowKey(UserRow row) {
            return Long.toString(row.id());
        }
    };

    public List<String> getRoleNames() {
        return roles.list(portalUser.caller()).stream().map(Role::name).toList();
    }

    public void invite() {
        try {
            var details = new NewAccounts.Details(invitation.email, invitation.password, invitation.firstName, invitation.lastName);
            var user = users.create(portalUser.caller(), details, invitation.roles, Faces.client());
            Notice.done("admin", "users.invited", user.email());
            text = user.email();
            invitation.email = invitation.firstName = invitation.lastName = invitation.password = null;
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public void toggle(UserRow row) {
        change(row, new UserAdministration.Changes(null, null, null, !row.enabled()),
                row.enabled() ? "users.disabled" : "users.enabled");
    }

    public void edit(UserRow row) {
        editing = row;
        editedRoles = new ArrayList<>(row.roles());
    }

    public void saveRoles() {
        change(editing, new UserAdministration.Changes(null, null, editedRoles, null), "users.rolesSaved");
    }

    private void change(UserRow row, UserAdministration.Changes changes, String doneKey) {
        try {
            users.update(portalUser.caller(), row.id(), changes, Faces.client());
            Notice.done("admin", doneKey, row.email());
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void delete(UserRow row) {
        try {
            users.delete(portalUser.caller(), row.id(), Faces.client());
            Notice.done("admin", "users.deleted", row.email());
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void export() {
        List<List<Object>> rows = users.search(portalUser.caller(), text, 0, EXPORT_LIMIT).stream().map(u -> UserRow.of(u).csv()).toList();
        CsvDownload.send("users.csv", List.of("id", "email", "name", "roles", "enabled", "created"), rows);
    }

    public LazyDataModel<UserRow> getModel() {
        return model;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UserRow getEditing() {
        return editing;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }
}
