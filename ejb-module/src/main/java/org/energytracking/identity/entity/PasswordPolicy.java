package org.energytracking.identity.entity;

import java.util.Locale;
import org.energytracking.kernel.Problem;

/** At least 8 characters, at most 128, not the email address nor its local part. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw Problem.invalid("password", "password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw Problem.invalid("password", "password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw Problem.invalid("password", "password must not be only spaces");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String normalisedEmail = User.normalise(email);
        if (normalisedEmail != null && (lower.equals(normalisedEmail) || lower.equals(localPart(normalisedEmail)))) {
            throw Problem.invalid("password", "password must not be your email address");
        }
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }
}
