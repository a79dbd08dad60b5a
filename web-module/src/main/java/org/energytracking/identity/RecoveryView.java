package org.energytracking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.energytracking.identity.boundary.Recovery;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/**
 * Forgot password (ask for a link), the page the emailed link opens (set a new password), and the
 * email confirmation link. The request answers alike whether or not the email has an account.
 */
@Named
@RequestScoped
public class RecoveryView {

    @Inject
    Recovery recovery;

    private String email;
    private String token;
    private String password;
    private boolean done;

    public String requestLink() {
        recovery.requestReset(email.strip(), Faces.client());
        done = true;
        Faces.info("forgot.sent", email.strip());
        return null;
    }

    public String setNewPassword() {
        try {
            recovery.confirmReset(token, password, Faces.client());
            done = true;
            Faces.info("reset.done");
        } catch (Problem e) {
            Faces.problem(e);
        }
        return null;
    }

    /** The confirmation link's page action. */
    public void verifyEmail() {
        try {
            recovery.verifyEmail(token, Faces.client());
            done = true;
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }
}
