package org.energytracking.portal.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.entity.Role;

/** The invite form's fields; the ids in the page are the API's field names. */
public class Invitation implements Serializable {
    private String email;
    private String firstName;
    private String lastName;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Role.VIEWER));

    NewAccounts.Details details() {
        return new NewAccounts.Details(email, password, firstName, lastName);
    }

    void clear() {
        email = firstName = lastName = password = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
