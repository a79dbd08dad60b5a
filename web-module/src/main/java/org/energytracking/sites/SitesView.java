package org.energytracking.sites;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.PortalUser;
import org.energytracking.identity.boundary.Roles;
import org.energytracking.identity.entity.Role;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.Site;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Every site (administrators see all) and, for the one picked, its members and their role there. */
@Named
@ViewScoped
public class SitesView implements Serializable {

    private static final int EXPORT_LIMIT = 100_000;

    @Inject
    Sites sites;
    @Inject
    Roles roles;
    @Inject
    PortalUser portalUser;

    private final LazyDataModel<SiteRow> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) sites.count();
        }

        @Override
        public List<SiteRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return sites.page(first, size).stream().map(SiteRow::of).toList();
        }

        @Override
        public String getRowKey(SiteRow row) {
            return Long.toString(row.id());
        }
    };
    private SiteRow selected;
    private List<MemberRow> members;
    private String email;
    private String role = Role.VIEWER;

    public record SiteRow(long id, String name, String timezone, boolean personal, Date created) implements Serializable {
        static SiteRow of(Site site) {
            return new SiteRow(site.id(), site.name(), site.timezone(), site.isPersonal(),
                    site.createdAt() == null ? null : Date.from(site.createdAt()));
        }
    }

    public record MemberRow(long userId, String email, String name, String role, Date added) implements Serializable {
        static MemberRow of(Sites.Member member) {
            return new MemberRow(member.user().id(), member.user().email(),
                    (member.user().firstName() + " " + member.user().lastName()).strip(), member.membership().role().name(),
                    member.membership().addedAt() == null ? null : Date.from(member.membership().addedAt()));
        }
    }

    public LazyDataModel<SiteRow> getModel() {
        return model;
    }

    public void select(SiteRow site) {
        selected = site;
        members = null;
    }

    public List<MemberRow> getMembers() {
        if (members == null && selected != null) {
            members = sites.members(selected.id()).stream().map(MemberRow::of).toList();
        }
        return members;
    }

    public List<String> getRoleNames() {
        return roles.list().stream().map(Role::name).toList();
    }

    public void addMember() {
        try {
            sites.putMember(selected.id(), email, role, Faces.client());
            Notice.done("admin", "sites.memberSaved", email, selected.name());
            email = null;
            members = null;
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public void removeMember(MemberRow member) {
        try {
            sites.removeMember(selected.id(), member.userId(), Faces.client());
            Notice.done("admin", "sites.memberRemoved", member.email(), selected.name());
            members = null;
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public void exportSites() {
        CsvDownload.send("sites.csv", List.of("id", "name", "timezone", "personal", "created"), sites.page(0, EXPORT_LIMIT).stream().map(SiteRow::of)
                .map(s -> Arrays.<Object>asList(s.id(), s.name(), s.timezone(), s.personal(), s.created() == null ? null : s.created().toInstant()))
                .toList());
    }

    public void exportMembers() {
        CsvDownload.send("site-" + selected.id() + "-members.csv", List.of("user_id", "email", "name", "role", "added"), getMembers().stream()
                .map(m -> Arrays.<Object>asList(m.userId(), m.email(), m.name(), m.role(), m.added() == null ? null : m.added().toInstant()))
                .toList());
    }

    public SiteRow getSelected() {
        return selected;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
