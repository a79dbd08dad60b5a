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
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.api.ErrorBody;
import org.energytracking.settings.entity.EditableSetting;

/** Answers 429 with Retry-After once a request exceeds one of its {@link RateLimits}. Order: see web.xml. */
@WebFilter(filterName = "gateway-rate-limit", urlPatterns = "/api/*", asyncSupported = true)
public class RateLimitFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    // limits administrators change at runtime: read at use time (EditableSetting.wholeNumber)
    @Inject
    Config config;
    @Inject
    @ConfigProperty(name = "ratelimit.max-keys")
    int maxKeys;

    private volatile InForce inForce;

    /** The limits as administrators last set them, and the buckets counting against them. */
    private record InForce(int addressPerMinute, int userPerMinute, int authPerMinute, RateLimits limits) {
        boolean sameAs(int address, int user, int auth) {
            return addressPerMinute == address && userPerMinute == user && authPerMinute == auth;
        }
    }

    /** A changed limit starts with fresh buckets: everyone gets a new minute's worth. */
    private RateLimits limits() {
        int address = EditableSetting.RATELIMIT_ADDRESS.wholeNumber(config);
        int user = EditableSetting.RATELIMIT_USER.wholeNumber(config);
        int auth = EditableSetting.RATELIMIT_AUTH.wholeNumber(config);
        InForce current = inForce;
        if (current == null || !current.sameAs(address, user, auth)) {
            current = new InForce(address, user, auth, new RateLimits(address, user, auth, maxKeys, System::nanoTime));
            inForce = current;
            LOG.log(Level.INFO, "Rate limits per minute: {0} per address, {1} per user, {2} per address on auth",
                    new Object[] {Integer.toString(address), Integer.toString(user), Integer.toString(auth)});
        }
        return current.limits();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long retryAfter = limits().retryAfterSeconds(Callers.path(request), Callers.resolvedAddress(request),
                Callers.userId(request.getUserPrincipal()));
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(retryAfter));
        JsonErrors.send(response, new ErrorBody("too many requests, retry in " + retryAfter + " s", null, 429));
    }
}
