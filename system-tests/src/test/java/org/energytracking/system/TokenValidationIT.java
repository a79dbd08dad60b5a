package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MicroProfile JWT refuses every token the platform did not issue as it is. */
@ExtendWith(PlatformExtension.class)
class TokenValidationIT {

    private static ForgedTokens forge;

    @BeforeAll
    static void readTheSigningKey(Platform platform) throws Exception {
        forge = ForgedTokens.of(platform);
    }

    @Test
    void aTokenWithTheRightClaimsAndKeyIsAccepted(Platform platform) {
        // the control case: without it, the refusals below could have any cause
        assertThat(call(platform, forge.signed(ForgedTokens.validClaims(1).build())).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "wrong-issuer", "wrong-audience"})
    void aTokenWithAWrongClaimIsRefused(String what, Platform platform) {
        long now = Instant.now().getEpochSecond();
        var claims = ForgedTokens.validClaims(1);
        switch (what) {
            case "expired" -> claims.add("iat", now - 3600).add("exp", now - 1800);
            case "wrong-issuer" -> claims.add("iss", "someone-else");
            default -> claims.add("aud", "another-api");
        }
        assertRefused(call(platform, forge.signed(claims.build())));
    }

    @Test
    void aTamperedTokenIsRefused(Platform platform) {
        String[] parts = forge.signed(ForgedTokens.validClaims(2).build()).split("\\.");
        JsonObject claims = Json.createReader(new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1])))).readObject();
        String promoted = ForgedTokens.base64(Json.createObjectBuilder(claims).add("sub", "1").build().toString());
        assertRefused(call(platform, parts[0] + "." + promoted + "." + parts[2]));
    }

    @Test
    void anUnsignedTokenIsRefused(Platform platform) {
        assertRefused(call(platform, ForgedTokens.unsigned(forge.kid, ForgedTokens.validClaims(1).build())));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused(Platform platform) throws Exception {
        assertRefused(call(platform, ForgedTokens.signedByAStranger(forge.kid, ForgedTokens.validClaims(1).build())));
    }

    @Test
    void garbageIsRefused(Platform platform) {
        assertRefused(call(platform, "not-a-token"));
    }

    private static HttpResponse<String> call(Platform platform, String token) {
        return platform.anonymous().withToken(token).get("/api/v1/users/me");
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Platform.object(response).getInt("status")).isEqualTo(401);
    }
}
