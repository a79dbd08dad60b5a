package org.energytracking.gateway;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who sent a request: the user id and the client address, as the rate limits and the log use them. */
final class Callers {

    private Callers() {
    }

    /** The user id of an authenticated request, else null. A JWT's name may be the e-mail; its subject is the id. */
    static String userId(Principal principal) {
        if (principal == null) {
            return null;
        }
        return principal instanceof JsonWebToken token ? token.getSubject() : principal.getName();
    }

    static String address(ClientAddress resolver, HttpServletRequest request) {
        List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
        return resolver.resolve(request.getRemoteAddr(), forwardedFor);
    }

    /** The decoded, normalised path the container mapped, without the query string. */
    static String path(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
