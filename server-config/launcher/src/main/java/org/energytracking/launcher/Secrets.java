package org.energytracking.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Generated passwords, checks of a password against its stored SHA-256 hex hash, files that hold secrets. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    // compared against when there is no stored hash, so that an unknown user costs as much time as a known one
    private static final String NO_HASH = "0".repeat(64);

    private Secrets() {
    }

    /** 192 random bits as 32 URL-safe characters: no escaping needed in asadmin, URLs or properties files. */
    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant-time check of {@code password} against a lowercase or uppercase hex SHA-256 hash (null: no hash). */
    static boolean matchesHash(String password, String storedHash) {
        boolean usable = password != null && storedHash != null;
        byte[] actual = sha256Hex(password == null ? "" : password).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = (usable ? storedHash.toLowerCase(Locale.ROOT) : NO_HASH).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected) && usable;
    }

    /** Constant-time equality of two passwords. */
    static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file readable by its owner only, in one step: nobody sees it half written or world-readable. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.deleteIfExists(next);
        Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(next, text);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
