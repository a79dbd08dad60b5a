package org.energytracking.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.energytracking.gateway.ClientAddress;
import org.energytracking.identity.control.RoleCatalog;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.TokenClaims;
import org.energytracking.problems.Problem;

/**
 * Turns the verified access token of the request (the API's bearer token, or the portal's cookie)
 * into a {@link Caller}, and the request into a {@link ClientInfo}.
 */
@RequestScoped
public class RequestIdentity {

    @Inject
    HttpServletRequest request;
    @Inject
    RoleCatalog roles;

    /** Where the portal's gate leaves the claims of a verified cookie token (the pages send no Authorization header). */
    public static final String PORTAL_CLAIMS = RequestIdentity.class.getName() + ".portal";

    private Caller caller;

    @Produces
    @Dependent
    Caller caller() {
        if (caller == null && request.getAttribute(PORTAL_CLAIMS) instanceof TokenClaims portal) {
            Set<String> current = roles.rolesOf(portal.userId());
            caller = new Caller(portal.userId(), portal.email(), portal.sessionId(), current, roles.permissionsOf(current));
        }
        if (caller == null) {
            JsonWebToken token = token(request.getUserPrincipal());
            if (token == null) {
                throw Problem.unauthenticated("sign in first: send Authorization: Bearer <access token>");
            }
            long userId = Long.parseLong(token.getSubject());
            Set<String> current = roles.rolesOf(userId);
            caller = new Caller(userId, token.getName(), sessionId(token), current, roles.permissionsOf(current));
        }
        return caller;
    }

    @Produces
    @Dependent
    ClientInfo client() {
        Object resolved = request.getAttribute(ClientAddress.ATTRIBUTE);
        return new ClientInfo(resolved != null ? resolved.toString() : request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    /** The {@code sid} claim; custom claims come back as JSON values, not as Java numbers. */
    static Long sessionId(JsonWebToken token) {
        Object claim = token.getClaim("sid");
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : null;
    }

    static JsonWebToken token(Principal principal) {
        return principal instanceof JsonWebToken jwt && jwt.getRawToken() != null ? jwt : null;
    }
}
