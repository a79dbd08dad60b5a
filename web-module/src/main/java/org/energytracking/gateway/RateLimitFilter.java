package org.energytracking.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.api.ErrorBody;

/** Answers 429 with Retry-After once a request exceeds one of its {@link RateLimits}. Order: see web.xml. */
@WebFilter(filterName = "gateway-rate-limit", urlPatterns = "/api/*", asyncSupported = true)
public class RateLimitFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    @Inject
    @ConfigProperty(name = "ratelimit.address.per-minute")
    int addressPerMinute;
    @Inject
    @ConfigProperty(name = "ratelimit.user.per-minute")
    int userPerMinute;
    @Inject
    @ConfigProperty(name = "ratelimit.auth.per-minute")
    int authPerMinute;
    @Inject
    @ConfigProperty(name = "ratelimit.max-keys")
    int maxKeys;

    private RateLimits limits;

    @Override
    public void init() {
        limits = new RateLimits(addressPerMinute, userPerMinute, authPerMinute, maxKeys, System::nanoTime);
        LOG.log(Level.INFO, "Rate limits per minute: {0} per address, {1} per user, {2} per address on auth",
                new Object[] {Integer.toString(addressPerMinute), Integer.toString(userPerMinute), Integer.toString(authPerMinute)});
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long retryAfter = limits.retryAfterSeconds(Callers.path(request), Callers.resolvedAddress(request),
                Callers.userId(request.getUserPrincipal()));
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(retryAfter));
        JsonErrors.send(response, new ErrorBody("too many requests, retry in " + retryAfter + " s", null, 429));
    }
}
