package org.energytracking.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.entity.TokenClaims;

/**
 * Verifies the access tokens the portal keeps in cookies. The API's bearer tokens are verified by
 * MicroProfile JWT, which reads only the Authorization header; the portal's pages need the same
 * checks on a cookie: RS256 with one of our keys, issuer, audience, expiry, and a live session.
 */
@ApplicationScoped
public class CookieTokens {

    @Inject
    SigningKeys keys;
    @Inject
    RevokedSessions revoked;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    /** The claims of a valid token; empty for anything else (malformed, forged, expired, signed out). */
    public Optional<TokenClaims> verify(String token, Instant now) {
        try {
            String[] parts = token == null ? new String[0] : token.split("\\.");
            if (parts.length != 3) {
                return Optional.empty();
            }
            JsonObject header = json(parts[0]);
            Optional<RSAPublicKey> key = keys.publicKey(header.getString("kid", ""));
            if (!"RS256".equals(header.getString("alg", "")) || key.isEmpty() || !signed(parts, key.get())) {
                return Optional.empty();
            }
            JsonObject claims = json(parts[1]);
            Instant expires = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue());
            long session = claims.getJsonNumber("sid").longValue();
            String tokenAudience = claims.getString("aud", "");
            boolean valid = issuer.equals(claims.getString("iss", ""))
                    && Arrays.stream(audience.split(",")).map(String::strip).anyMatch(tokenAudience::equals)
                    && now.isBefore(expires) && !revoked.contains(session);
            return valid ? Optional.of(new TokenClaims(Long.parseLong(claims.getString("sub")), claims.getString("upn"),
                    session, expires)) : Optional.empty();
        } catch (RuntimeException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean signed(String[] parts, RSAPublicKey key) throws GeneralSecurityException {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static JsonObject json(String part) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(part),
                StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
