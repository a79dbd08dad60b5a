package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final long now = 0;
    private final RateLimits limits = new RateLimits(10, 5, 2, 100, () -> now);

    private long exhaust(String path, String address, String user, int times) {
        long last = 0;
        for (int i = 0; i < times; i++) {
            last = limits.retryAfterSeconds(path, address, user);
        }
        return last;
    }

    @Test
    void everyRequestCountsAgainstItsAddress() {
        assertThat(exhaust("/api/v1/devices", "10.0.0.1", null, 10)).isZero();
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "10.0.0.1", null)).isEqualTo(6);
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "10.0.0.2", null)).isZero();
    }

    @Test
    void authenticatedRequestsAlsoCountAgainstTheUserFromAnyAddress() {
        assertThat(exhaust("/api/v1/devices", "10.0.0.1", "42", 3)).isZero();
        assertThat(exhaust("/api/v1/devices", "10.0.0.2", "42", 2)).isZero();
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "10.0.0.3", "42")).isEqualTo(12);
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "10.0.0.3", "43")).isZero();
    }

    @Test
    void authEndpointsHaveATighterAddressLimit() {
        assertThat(exhaust("/api/v1/auth/login", "10.0.0.1", null, 2)).isZero();
        assertThat(limits.retryAfterSeconds("/api/v1/auth/register", "10.0.0.1", null)).isEqualTo(30);
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "10.0.0.1", null)).as("other endpoints stay open").isZero();
        assertThat(limits.retryAfterSeconds("/api/v1/auth/login", "10.0.0.2", null)).isZero();
    }

    @Test
    void ipv6ClientsOfOneSlash64ShareTheirAddressLimit() {
        assertThat(exhaust("/api/v1/devices", "2001:db8:1:2::1", null, 5)).isZero();
        assertThat(exhaust("/api/v1/devices", "2001:db8:1:2::ffff", null, 5)).isZero();
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "2001:db8:1:2:abcd::9", null)).isEqualTo(6);
        assertThat(limits.retryAfterSeconds("/api/v1/devices", "2001:db8:1:3::1", null)).isZero();
    }

    @Test
    void onlyTheAuthTreeCountsAsAuth() {
        assertThat(RateLimits.isAuth("/api/v1/auth")).isTrue();
        assertThat(RateLimits.isAuth("/api/v1/auth/password-reset")).isTrue();
        assertThat(RateLimits.isAuth("/api/v1/authors")).isFalse();
        assertThat(RateLimits.isAuth("/api/v1/devices/auth")).isFalse();
    }
}
