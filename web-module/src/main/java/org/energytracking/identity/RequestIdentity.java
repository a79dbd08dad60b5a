package org.energytracking.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.energytracking.gateway.ClientAddress;
import org.energytracking.identity.entity.ClientInfo;

/** Turns the request into a {@link ClientInfo}, and reads what MicroProfile JWT verified of a bearer token. */
@RequestScoped
public class RequestIdentity {

    @Inject
    HttpServletRequest request;

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
