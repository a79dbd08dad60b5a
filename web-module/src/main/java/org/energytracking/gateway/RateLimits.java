package org.energytracking.gateway;

import java.util.function.LongSupplier;

/**
 * Which limits a request counts against: every API request against its client address, authenticated
 * ones also against the user, and those to the auth endpoints also against a tighter address limit
 * (credential guessing, registration and password-reset spam).
 */
final class RateLimits {

    static final String AUTH_PATH = "/api/v1/auth";

    private final TokenBuckets byAddress;
    private final TokenBuckets byUser;
    private final TokenBuckets authByAddress;

    RateLimits(int addressPerMinute, int userPerMinute, int authPerMinute, int maxKeys, LongSupplier nanoTime) {
        this.byAddress = new TokenBuckets(addressPerMinute, maxKeys, nanoTime);
        this.byUser = new TokenBuckets(userPerMinute, maxKeys, nanoTime);
        this.authByAddress = new TokenBuckets(authPerMinute, maxKeys, nanoTime);
    }

    /** 0 when the request may go on, otherwise the seconds after which it may be retried. */
    long retryAfterSeconds(String path, String clientAddress, String userId) {
        String addressKey = AddressBlock.of(clientAddress);
        if (isAuth(path)) {
            long wait = authByAddress.take(addressKey);
            if (wait > 0) {
                return wait;
            }
        }
        long wait = byAddress.take(addressKey);
        if (wait > 0 || userId == null) {
            return wait;
        }
        return byUser.take(userId);
    }

    static boolean isAuth(String path) {
        return path.equals(AUTH_PATH) || path.startsWith(AUTH_PATH + "/");
    }
}
