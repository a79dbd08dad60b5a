package org.energytracking.gateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request came from: the socket's peer, unless that peer is a trusted proxy; then the
 * right-most address in {@code X-Forwarded-For} that is not a trusted proxy. Entries left of it were
 * written by the client and are ignored, so a client cannot pick its own rate-limit key.
 */
public final class ClientAddress {

    /** The request attribute the request log leaves the resolved address in, for the audit trail and sessions. */
    public static final String ATTRIBUTE = "org.energytracking.client-address";

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    ClientAddress(Collection<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code forwardedFor}: every X-Forwarded-For header value in the order received. */
    String resolve(String remoteAddress, List<String> forwardedFor) {
        if (!trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                // a trusted proxy writes addresses; anything else means a misconfigured chain
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.get(0);
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }
}
