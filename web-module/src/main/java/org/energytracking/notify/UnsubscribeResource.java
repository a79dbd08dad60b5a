package org.energytracking.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.energytracking.notify.boundary.Unsubscribe;

/** Opened from an email client, so a GET that answers a page a person can read; the token is the only key. */
@Path("notifications/unsubscribe")
@RequestScoped
@PermitAll
public class UnsubscribeResource {

    @Inject
    Unsubscribe unsubscribe;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String fromEmail(@QueryParam("token") String token) {
        unsubscribe.fromEmail(token);
        return "You will get no more alert emails. Choose again on your profile page in the portal.\n";
    }
}
