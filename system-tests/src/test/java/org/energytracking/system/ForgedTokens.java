package org.energytracking.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** With the key that signs the platform's tokens now (the kid in a fresh token's header). */
    static ForgedTokens of(Platform platform) throws Exception {
        String token = ApiClient.login(platform.running().httpUrl(), RunningPlatform.ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD)
                .getString("access_token");
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String kid = Json.createReader(new StringReader(header)).readObject().getString("kid");
        try (Connection db = platform.database();
             PreparedStatement select = db.prepareStatement("SELECT private_key FROM signing_key WHERE kid = ?")) {
            select.setString(1, kid);
            try (ResultSet key = select.executeQuery()) {
                key.next();
                return new ForgedTokens(kid, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.getBytes(1))));
            }
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
