package org.energytracking.gateway;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for the exact origins of an allow-list. Credentials are never allowed and no
 * wildcard is ever answered: the API takes bearer tokens in a header, not cookies.
 */
final class CorsPolicy {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    static final String EXPOSED_HEADERS = "Retry-After, Location";
    static final String MAX_AGE_SECONDS = "600";

    enum Kind {
        /** Go on with the request, adding the headers (none for same-origin or refused origins). */
        PASS,
        /** Answer the preflight with 204 and the headers. */
        PREFLIGHT,
        /** Answer the preflight with 403: the origin is not allowed. */
        REFUSED_PREFLIGHT
    }

    record Decision(Kind kind, Map<String, String> headers) {
    }

    private final Set<String> allowedOrigins;

    CorsPolicy(Collection<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(String::trim).map(CorsPolicy::withoutTrailingSlash)
                .filter(origin -> !origin.isEmpty() && !origin.equals("*") && !origin.equals("null"))
                .collect(Collectors.toUnmodifiableSet());
    }

    Set<String> allowedOrigins() {
        return allowedOrigins;
    }

    /** {@code origin} and {@code requestedMethod} are the request's headers, null when absent. */
    Decision decide(String method, String origin, String requestedMethod) {
        boolean preflight = origin != null && "OPTIONS".equals(method) && requestedMethod != null;
        boolean allowed = origin != null && allowedOrigins.contains(origin);
        if (!allowed) {
            return new Decision(preflight ? Kind.REFUSED_PREFLIGHT : Kind.PASS, Map.of());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", origin);
        if (preflight) {
            headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
            headers.put("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
            return new Decision(Kind.PREFLIGHT, headers);
        }
        headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        headers.put("Vary", "Origin");
        return new Decision(Kind.PASS, headers);
    }

    private static String withoutTrailingSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
