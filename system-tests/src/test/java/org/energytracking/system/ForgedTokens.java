package org.energytracking.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;

/**
 * Tokens made by the test, signed with the platform's own key (read from its database) so that
 * a refusal can only come from the claim under test, or with a stranger's key.
 */
final class ForgedTokens {

    final String kid;
    private final PrivateKey platformKey;

    private ForgedTokens(String kid, PrivateKey platformKey) {
        this.kid = kid;
        this.platformKey = platformKey;
    }

    static ForgedTokens of(Platform platform) throws Exception {
        try (Connection db = platform.database(); Statement select = db.createStatement();
             ResultSet key = select.executeQuery("SELECT kid, private_key FROM signing_key WHERE retired_at IS NULL ORDER BY created_at LIMIT 1")) {
            key.next();
            return new ForgedTokens(key.getString(1),
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.getBytes(2))));
        }
    }

    /** Claims like the platform's own, for the administrator (user id 1); change one to test it. */
    static JsonObjectBuilder validClaims(long userId) {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder().add("iss", "energy-platform").add("aud", "energy-api")
                .add("sub", Long.toString(userId)).add("upn", "forged@it.test")
                .add("groups", Json.createArrayBuilder().add("admin")).add("iat", now - 10).add("exp", now + 600)
                .add("jti", "forged-" + System.nanoTime());
    }

    String signed(JsonObject claims) {
        return sign(header("RS256", kid), claims, platformKey);
    }

    static String signedByAStranger(String kid, JsonObject claims) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(header("RS256", kid), claims, generator.generateKeyPair().getPrivate());
    }

    static String unsigned(String kid, JsonObject claims) {
        return base64(header("none", kid).toString()) + "." + base64(claims.toString()) + ".";
    }

    private static JsonObject header(String alg, String kid) {
        return Json.createObjectBuilder().add("alg", alg).add("typ", "JWT").add("kid", kid).build();
    }

    private static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
        try {
            String input = base64(header.toString()) + "." + base64(claims.toString());
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
