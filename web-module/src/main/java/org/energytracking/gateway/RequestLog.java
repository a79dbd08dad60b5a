package org.energytracking.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
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

/**
 * One INFO line per API request on this class's logger: method, path, status, duration, user id and
 * client address; the duration also goes to {@link RequestTimes}. It is the outermost filter (see web.xml),
 * so it sees the final status, 429s included.
 */
@WebFilter(filterName = "gateway-request-log", urlPatterns = "/api/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestLog.class.getName());

    @Inject
    @ConfigProperty(name = "gateway.trusted-proxies")
    Optional<String> trustedProxies;
    @Inject
    RequestTimes times;

    private ClientAddress clientAddress;

    @Override
    public void init() {
        clientAddress = new ClientAddress(CommaList.of(trustedProxies));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        request.setAttribute(ClientAddress.ATTRIBUTE, Callers.address(clientAddress, request));
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new LogWhenDone(request, response, start));
            } else {
                log(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), start);
            }
        }
    }

    private void log(HttpServletRequest request, int status, long start) {
        long nanos = System.nanoTime() - start;
        times.record(request.getMethod(), status, nanos);
        if (LOG.isLoggable(Level.INFO)) {
            long millis = nanos / 1_000_000;
            RequestLine line = new RequestLine(request.getMethod(), Callers.path(request), status, millis,
                    Callers.userId(request.getUserPrincipal()), Callers.resolvedAddress(request));
            LOG.log(Level.INFO, RequestLine.FORMAT, line.parameters());
        }
    }

    private final class LogWhenDone implements AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final long start;

        LogWhenDone(HttpServletRequest request, HttpServletResponse response, long start) {
            this.request = request;
            this.response = response;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            log(request, response.getStatus(), start);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
