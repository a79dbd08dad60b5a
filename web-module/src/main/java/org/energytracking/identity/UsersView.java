package org.energytracking.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.boundary.Invitations;
import org.energytracking.identity.boundary.Roles;
import org.energytracking.identity.boundary.UserAdministration;
import org.energytracking.identity.entity.Role;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Users: a page of them at a time, invite (and invite again), enable or disable, roles, delete. The facades decide what is allowed. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final int EXPORT_LIMIT = 100_000;

    @Inject
    UserAdministration users;
    @Inject
    Invitations invitations;
    @Inject
    Roles roles;
    @Inject
    PortalUser portalUser;

    private String text;
    private final Invitation invitation = new Invitation();
    private UserRow editing;
    private List<String> editedRoles = new ArrayList<>();

    private final LazyDataModel<UserRow> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) users.count(text);
        }

        @Override
        public List<UserRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return users.search(text, first, size).stream().map(UserRow::of).toList();
        }

        @Override
        public String getRowKey(UserRow row) {
            return Long.toString(row.id());
        }
    };

    public List<String> getRoleNames() {
        return roles.list().stream().map(Role::name).toList();
    }

    public void invite() {
        try {
            var user = invitations.invite(invitation.invitee(), invitation.getRoles(), Faces.client());
            Notice.done("admin", "users.invited", user.email());
            text = user.email();
            invitation.clear();
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public void resend(UserRow row) {
        try {
            invitations.resend(row.id(), Faces.client());
            Notice.done("admin", "users.resent", row.email());
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void filter() {
        FirstPage.of(":table:users");
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
            users.update(row.id(), changes, Faces.client());
            Notice.done("admin", doneKey, row.email());
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void delete(UserRow row) {
        try {
            users.delete(row.id(), Faces.client());
            Notice.done("admin", "users.deleted", row.email());
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void export() {
        List<List<Object>> rows = users.search(text, 0, EXPORT_LIMIT).stream().map(u -> UserRow.of(u).csv()).toList();
        CsvDownload.send("users.csv", List.of("id", "email", "name", "roles", "enabled", "invitation_pending", "created"), rows);
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
