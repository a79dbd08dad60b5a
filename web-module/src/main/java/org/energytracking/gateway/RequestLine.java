package org.energytracking.gateway;

/**
 * What the request log says about one request. Only the path goes in, never the query string, and
 * under the auth endpoints only the endpoint's name: later segments may carry one-time tokens.
 */
record RequestLine(String method, String path, int status, long durationMillis, String userId, String clientAddress) {

    static final String FORMAT = "{0} {1} {2} {3}ms user={4} client={5}";
    private static final int MAX_PATH = 200;

    /** The parameters of {@link #FORMAT}, all strings: MessageFormat would write 1234 as "1,234". */
    Object[] parameters() {
        return new Object[] {method, loggablePath(path), Integer.toString(status), Long.toString(durationMillis),
            userId == null ? "-" : printable(userId), printable(clientAddress)};
    }

    static String loggablePath(String path) {
        String shown = path;
        if (RateLimits.isAuth(path)) {
            int endpointEnd = path.indexOf('/', RateLimits.AUTH_PATH.length() + 1);
            if (endpointEnd >= 0 && endpointEnd < path.length() - 1) {
                shown = path.substring(0, endpointEnd) + "/*";
            }
        }
        if (shown.length() > MAX_PATH) {
            shown = shown.substring(0, MAX_PATH) + "...";
        }
        return printable(shown);
    }

    /** Decoded paths may hold line breaks; a log line must stay one line. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
