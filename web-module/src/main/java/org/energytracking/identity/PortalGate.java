package org.energytracking.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.energytracking.identity.control.CookieTokens;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.SignIn;
import org.energytracking.identity.entity.TokenClaims;
import org.energytracking.kernel.Problem;

/**
 * Signs portal requests in from the token cookies: a valid access token's user becomes the request's
 * {@link CurrentCaller}; an expired one is refreshed with the refresh cookie (new cookies for
 * both); without either, pages other than the public ones send the browser to sign in.
 */
@WebFilter(filterName = "portal-gate", urlPatterns = "/*")
public class PortalGate extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PortalGate.class.getName());
    private static final Set<String> PASS_THROUGH = Set.of("/api/", "/api-docs", "/webjars/", "/deployed.txt", "/health", "/metrics", "/openapi", "/errors/",
            "/jakarta.faces.resource/", "/jakarta.faces.push/");
    private static final Set<String> PUBLIC_PAGES = Set.of("/login", "/register", "/forgot-password", "/reset-password",
            "/verify-email", "/accept-invitation", "/error");

    @Inject
    CookieTokens tokens;
    @Inject
    PortalRefreshes refreshes;
    @Inject
    CurrentCaller current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PASS_THROUGH.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenClaims> claims = signedIn(request, response);
        claims.ifPresent(c -> current.enter(c.userId(), c.email(), c.sessionId()));
        if (claims.isEmpty() && !PUBLIC_PAGES.contains(page(path))) {
            toSignIn(request, response, path);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    private Optional<TokenClaims> signedIn(HttpServletRequest request, HttpServletResponse response) {
        Instant now = Instant.now();
        Optional<TokenClaims> claims = PortalCookies.read(request, PortalCookies.ACCESS).flatMap(token -> tokens.verify(token, now));
        Optional<String> refresh = PortalCookies.read(request, PortalCookies.REFRESH).filter(t -> !t.isEmpty());
        if (claims.isPresent() || refresh.isEmpty()) {
            return claims;
        }
        try {
            SignIn renewed = refreshes.refresh(refresh.get(), new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent")));
            PortalCookies.keep(request, response, renewed);
            return tokens.verify(renewed.accessToken(), now);
        } catch (Problem e) {
            LOG.fine(() -> "Portal session could not be refreshed: " + e.getMessage());
            PortalCookies.clear(request, response);
            return Optional.empty();
        }
    }

    /** "/login.xhtml" and "/login" are the same page. */
    static String page(String path) {
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        boolean root = path.isEmpty() || "/".equals(path) || "/index".equals(page(path));
        String target = request.getContextPath() + "/login" + (root ? ""
                : "?next=" + URLEncoder.encode(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                StandardCharsets.UTF_8));
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
