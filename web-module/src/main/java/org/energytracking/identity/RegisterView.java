package org.energytracking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.entity.SignIn;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/**
 * Registration, then straight to the new account's dashboard. Registering an email that is taken
 * answers the same as the API does (its owner gets an email), so the sign-in that follows fails
 * with the usual message and nothing tells a visitor whether the email is known.
 */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    Accounts accounts;

    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    @NotBlank
    private String password;

    public String register() {
        try {
            accounts.register(new NewAccounts.Details(email.strip(), password, firstName.strip(), lastName.strip()), Faces.client());
            SignIn signIn = accounts.login(email.strip(), password, Faces.client());
            PortalCookies.keep(Faces.request(), Faces.response(), signIn);
            Faces.redirect(SignInView.HOME);
        } catch (Problem e) {
            if (e.kind() == Problem.Kind.UNAUTHENTICATED) {
                Faces.info("register.checkEmail");
            } else {
                Faces.problem(e);
            }
        }
        return null;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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
}
