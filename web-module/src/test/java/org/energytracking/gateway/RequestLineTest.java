package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

class RequestLineTest {

    private static String format(RequestLine line) {
        return MessageFormat.format(RequestLine.FORMAT, line.parameters());
    }

    @Test
    void oneLineWithMethodPathStatusDurationUserAndClient() {
        assertThat(format(new RequestLine("GET", "/api/v1/devices", 200, 1234, "42", "203.0.113.9")))
                .isEqualTo("GET /api/v1/devices 200 1234ms user=42 client=203.0.113.9");
    }

    @Test
    void anAnonymousRequestShowsADash() {
        assertThat(format(new RequestLine("POST", "/api/v1/auth/login", 429, 0, null, "::1")))
                .isEqualTo("POST /api/v1/auth/login 429 0ms user=- client=::1");
    }

    @Test
    void segmentsAfterAnAuthEndpointAreNotLogged() {
        assertThat(RequestLine.loggablePath("/api/v1/auth/password-reset/s3cr3t-token"))
                .isEqualTo("/api/v1/auth/password-reset/*");
        assertThat(RequestLine.loggablePath("/api/v1/auth/login")).isEqualTo("/api/v1/auth/login");
        assertThat(RequestLine.loggablePath("/api/v1/devices/dev-1/readings")).isEqualTo("/api/v1/devices/dev-1/readings");
    }

    @Test
    void aPathCannotBreakOrFloodTheLine() {
        assertThat(RequestLine.loggablePath("/api/v1/devices/a\nFAKE ENTRY")).isEqualTo("/api/v1/devices/a?FAKE ENTRY");
        assertThat(RequestLine.loggablePath("/api/" + "x".repeat(5_000))).hasSize(203);
    }
}
