package org.energytracking.gateway;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
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

    /** The address the request log resolved for this request (it is the outermost filter), else the socket's. */
    static String resolvedAddress(HttpServletRequest request) {
        Object resolved = request.getAttribute(ClientAddress.ATTRIBUTE);
        return resolved != null ? resolved.toString() : request.getRemoteAddr();
    }

    /**
     * The decoded, normalised path the container mapped, without the query string; on an error
     * page, the path of the request that failed.
     */
    static String path(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (failed != null) {
                return failed.toString().substring(request.getContextPath().length());
            }
        }
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
