package org.energytracking.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.entity.SigningKey;
import org.energytracking.identity.entity.User;

/**
 * Issues RS256 access tokens with the JDK's signature API. Verification is MicroProfile JWT's
 * (Payara), configured with the same issuer and audience and the JWKS that SigningKeys publishes.
 */
@ApplicationScoped
public class AccessTokens {

    @Inject
    SigningKeys keys;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;
    @Inject
    @ConfigProperty(name = "auth.access-token-ttl")
    Duration lifetime;

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(User user, long sessionId, Instant now) {
        SigningKey key = keys.signingKey();
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", key.kid()).build();
        var groups = Json.createArrayBuilder();
        user.roleNames().forEach(groups::add);
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audience.split(",")[0].strip())
                .add("sub", Long.toString(user.id()))
                .add("upn", user.email())
                .add("name", user.firstName() + " " + user.lastName())
                .add("groups", groups)
                .add("sid", sessionId)
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(lifetime).getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build();
        String signingInput = base64(header.toString()) + "." + base64(claims.toString());
        return signingInput + "." + sign(signingInput, key);
    }

    private static String sign(String signingInput, SigningKey key) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing an access token failed", e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
