package org.energytracking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.entity.SignIn;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/** The sign-in form; afterwards the page the visitor wanted, else their dashboard. */
@Named
@RequestScoped
public class SignInView {

    static final String HOME = "/app/dashboard";

    @Inject
    Accounts accounts;

    @NotBlank
    @Email
    private String email;
    @NotBlank
    private String password;
    private String next;

    public String signIn() {
        try {
            SignIn signIn = accounts.login(email.strip(), password, Faces.client());
            PortalCookies.keep(Faces.request(), Faces.response(), signIn);
            Faces.redirect(safeNext(next));
        } catch (Problem e) {
            Faces.problem(e);
        }
        return null;
    }

    /** Only a path of this portal, never another site (an open redirect would help phishing). */
    static String safeNext(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login") && !next.startsWith("/api/");
        return local ? next : HOME;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
