package org.energytracking.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.api.ErrorBody;

/**
 * Applies the {@link CorsPolicy}. It runs before the rate limit, so a 429 carries the CORS headers and a
 * browser script can read its Retry-After. Order: see web.xml.
 */
@WebFilter(filterName = "gateway-cors", urlPatterns = "/api/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CorsFilter.class.getName());

    @Inject
    @ConfigProperty(name = "cors.allowed-origins")
    Optional<String> allowedOrigins;

    private CorsPolicy policy;

    @Override
    public void init() {
        policy = new CorsPolicy(CommaList.of(allowedOrigins));
        LOG.log(Level.INFO, "Cross-origin access allowed from {0}", policy.allowedOrigins());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CorsPolicy.Decision decision = policy.decide(request.getMethod(), request.getHeader("Origin"),
                request.getHeader("Access-Control-Request-Method"));
        decision.headers().forEach(response::setHeader);
        switch (decision.kind()) {
            case PREFLIGHT -> response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            case REFUSED_PREFLIGHT -> JsonErrors.send(response, new ErrorBody("origin not allowed", "origin", 403));
            case PASS -> chain.doFilter(request, response);
        }
    }
}
