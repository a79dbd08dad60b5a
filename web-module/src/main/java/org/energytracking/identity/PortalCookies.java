package org.energytracking.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.energytracking.identity.entity.SignIn;

/**
 * The portal's tokens live in cookies the page's scripts cannot read (HttpOnly), that other sites'
 * requests do not carry (SameSite=Lax), and that travel only over HTTPS when the portal is served so.
 */
public final class PortalCookies {

    public static final String ACCESS = "et_access";
    public static final String REFRESH = "et_refresh";
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private PortalCookies() {
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    public static void keep(HttpServletRequest request, HttpServletResponse response, SignIn signIn) {
        response.addHeader("Set-Cookie", cookie(request, ACCESS, signIn.accessToken(), signIn.expiresInSeconds()));
        response.addHeader("Set-Cookie", cookie(request, REFRESH, signIn.refreshToken(), REFRESH_LIFETIME.toSeconds()));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie(request, ACCESS, "", 0));
        response.addHeader("Set-Cookie", cookie(request, REFRESH, "", 0));
    }

    static String cookie(HttpServletRequest request, String name, String value, long maxAgeSeconds) {
        boolean https = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : "");
    }
}
