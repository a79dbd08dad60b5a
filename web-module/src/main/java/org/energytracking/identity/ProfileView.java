package org.energytracking.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.entity.AuthSession;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.Zones;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/** The signed-in user's own account: who they are, their time zone, a new password, and where they are signed in. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    Accounts accounts;
    @Inject
    PortalUser portalUser;

    private String currentPassword;
    private String password;
    private String confirmation;
    private String zone;
    private List<SessionRow> sessions;
    private transient User account;

    /** A signed-in client; {@code current} is the browser showing the page. */
    public record SessionRow(long id, String client, String address, Date started, Date lastUsed, boolean current)
            implements Serializable {
        static SessionRow of(AuthSession session, Long currentId) {
            return new SessionRow(session.id(), session.userAgent(), session.clientAddress(), Date.from(session.createdAt()),
                    Date.from(session.lastUsedAt()), Objects.equals(session.id(), currentId));
        }
    }

    public User getAccount() {
        if (account == null) {
            account = accounts.me();
        }
        return account;
    }

    public Date getMemberSince() {
        return Date.from(getAccount().createdAt());
    }

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            Long current = portalUser.caller().sessionId();
            sessions = accounts.sessions().stream().map(s -> SessionRow.of(s, current)).toList();
        }
        return sessions;
    }

    public void changePassword() {
        if (!Objects.equals(password, confirmation)) {
            Faces.problem(Problem.invalid("confirmation", Faces.textIn("profile", "password.mismatch")));
            return;
        }
        try {
            accounts.changePassword(currentPassword, password, Faces.client());
            Notice.done("profile", "password.changed");
            currentPassword = password = confirmation = null;
            sessions = null;
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public List<String> getZones() {
        return Zones.choices();
    }

    public void saveZone() {
        try {
            portalUser.moveTo(zone);
            Faces.reloadWithNotice("zoneForm:timezone", Faces.textIn("profile", "zone.saved", portalUser.getZone()));
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public String getZone() {
        if (zone == null) {
            zone = portalUser.getZone();
        }
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public void end(SessionRow session) {
        try {
            accounts.endSession(session.id(), Faces.client());
            Notice.done("profile", "sessions.ended");
        } catch (Problem e) {
            Notice.refused(e);
        }
        sessions = null;
    }

    public void export() {
        CsvDownload.send("sessions.csv", List.of("id", "client", "address", "started", "last_used", "current"), getSessions().stream()
                .map(s -> Arrays.<Object>asList(s.id(), s.client(), s.address(), s.started().toInstant(), s.lastUsed().toInstant(), s.current()))
                .toList());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
