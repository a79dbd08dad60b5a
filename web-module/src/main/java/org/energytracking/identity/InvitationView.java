package org.energytracking.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.boundary.Invitations;
import org.energytracking.identity.entity.SignIn;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/**
 * The page an invitation email links to: the invitee chooses a password and is signed in. A used,
 * replaced or expired link shows why instead of the form.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    @Inject
    Invitations invitations;
    @Inject
    Accounts accounts;

    private String token;
    private String email;
    private String firstName;
    private String password;
    private String timezone;

    /** The page action: whether the link still works, and for whom. */
    public void load() {
        invitations.invitee(token).ifPresent(user -> {
            email = user.email();
            firstName = user.firstName();
        });
    }

    public String accept() {
        try {
            invitations.accept(token, password, timezone, Faces.client());
            SignIn signIn = accounts.login(email, password, Faces.client());
            PortalCookies.keep(Faces.request(), Faces.response(), signIn);
            Faces.redirect(SignInView.HOME);
        } catch (Problem e) {
            if ("token".equals(e.field())) {
                email = null;
            } else {
                Faces.problem(e);
            }
        }
        return null;
    }

    public boolean isOpen() {
        return email != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }
}
