package org.energytracking.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.identity.boundary.Invitations;
import org.energytracking.identity.entity.Role;

/** The invite form's fields; the ids in the page are the API's field names. */
public class Invitation implements Serializable {
    private String email;
    private String firstName;
    private String lastName;
    private List<String> roles = new ArrayList<>(List.of(Role.VIEWER));

    Invitations.Invitee invitee() {
        return new Invitations.Invitee(email, firstName, lastName);
    }

    void clear() {
        email = firstName = lastName = null;
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
