package org.energytracking.identity.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random bearer secret (refresh token, reset link, device password) and the SHA-256 under which
 * it is stored. 256 random bits cannot be guessed, so a fast hash is enough; the database never
 * holds a usable secret.
 */
public record Secret(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static Secret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Secret(value, hashOf(value));
    }

    public static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Secret[hash=" + hash + "]";
    }
}
