package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallersTest {

    @Test
    void aTokensSubjectIsTheUserIdNotItsName() {
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "ada@example.org";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("sub", "upn");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) ("sub".equals(claimName) ? "42" : "ada@example.org");
            }
        };
        assertThat(Callers.userId(token)).isEqualTo("42");
    }

    @Test
    void otherPrincipalsGoByNameAndNoneIsNull() {
        Principal principal = () -> "admin";
        assertThat(Callers.userId(principal)).isEqualTo("admin");
        assertThat(Callers.userId(null)).isNull();
    }
}
