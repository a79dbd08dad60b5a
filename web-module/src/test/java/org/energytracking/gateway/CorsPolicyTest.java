package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.energytracking.gateway.CorsPolicy.Kind;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private final CorsPolicy policy = new CorsPolicy(List.of("https://portal.example", " https://admin.example/ "));

    @Test
    void sameOriginRequestsGetNoCorsHeaders() {
        CorsPolicy.Decision decision = policy.decide("GET", null, null);
        assertThat(decision.kind()).isEqualTo(Kind.PASS);
        assertThat(decision.headers()).isEmpty();
    }

    @Test
    void anAllowedOriginIsEchoedWithVaryAndExposedHeaders() {
        CorsPolicy.Decision decision = policy.decide("POST", "https://admin.example", null);
        assertThat(decision.kind()).isEqualTo(Kind.PASS);
        assertThat(decision.headers()).containsEntry("Access-Control-Allow-Origin", "https://admin.example")
                .containsEntry("Vary", "Origin").containsEntry("Access-Control-Expose-Headers", "Retry-After, Location")
                .doesNotContainKey("Access-Control-Allow-Credentials");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        CorsPolicy.Decision decision = policy.decide("OPTIONS", "https://portal.example", "DELETE");
        assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT);
        assertThat(decision.headers()).containsEntry("Access-Control-Allow-Origin", "https://portal.example")
                .containsEntry("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
                .containsEntry("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .containsEntry("Access-Control-Max-Age", "600");
    }

    @Test
    void otherOriginsGetNothingAndTheirPreflightIsRefused() {
        assertThat(policy.decide("GET", "https://evil.example", null)).isEqualTo(new CorsPolicy.Decision(Kind.PASS, java.util.Map.of()));
        assertThat(policy.decide("OPTIONS", "https://evil.example", "POST").kind()).isEqualTo(Kind.REFUSED_PREFLIGHT);
        assertThat(policy.decide("OPTIONS", "https://portal.example.evil.example", "POST").kind())
                .isEqualTo(Kind.REFUSED_PREFLIGHT);
        assertThat(policy.decide("OPTIONS", "http://portal.example", "POST").kind()).as("scheme counts")
                .isEqualTo(Kind.REFUSED_PREFLIGHT);
    }

    @Test
    void anOptionsRequestWithoutRequestedMethodIsNoPreflight() {
        assertThat(policy.decide("OPTIONS", "https://portal.example", null).kind()).isEqualTo(Kind.PASS);
    }

    @Test
    void wildcardAndNullAreNeverAllowed() {
        CorsPolicy open = new CorsPolicy(List.of("*", "null"));
        assertThat(open.allowedOrigins()).isEmpty();
        assertThat(open.decide("OPTIONS", "null", "GET").kind()).isEqualTo(Kind.REFUSED_PREFLIGHT);
    }

    @Test
    void anEmptyListAllowsNoOrigin() {
        assertThat(new CorsPolicy(List.of()).decide("OPTIONS", "https://portal.example", "GET").kind())
                .isEqualTo(Kind.REFUSED_PREFLIGHT);
    }
}
