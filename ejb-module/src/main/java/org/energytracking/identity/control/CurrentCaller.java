package org.energytracking.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.energytracking.identity.entity.Caller;
import org.energytracking.kernel.Problem;

/**
 * The signed-in user of this request, for the EJBs to consult instead of a parameter. Where a request
 * enters (the API's token filter, the portal's gate) it says who, once the token is verified; roles
 * and permissions are read on first use, so a role change applies from the next request on.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    RoleCatalog roles;

    private Long userId;
    private String email;
    private Long sessionId;
    private Caller caller;

    /** Called by the entry point with what a verified access token says. */
    public void enter(long userId, String email, Long sessionId) {
        this.userId = userId;
        this.email = email;
        this.sessionId = sessionId;
        this.caller = null;
    }

    public boolean signedIn() {
        return userId != null;
    }

    /** The caller with their current roles; 401 when the request carries no valid access token. */
    public Caller get() {
        if (userId == null) {
            throw Problem.unauthenticated("sign in first: send Authorization: Bearer <access token>");
        }
        if (caller == null) {
            Set<String> current = roles.rolesOf(userId);
            caller = new Caller(userId, email, sessionId, current, roles.permissionsOf(current));
        }
        return caller;
    }
}
