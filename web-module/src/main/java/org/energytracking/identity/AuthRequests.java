package org.energytracking.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the /auth calls. Password rules beyond presence are the PasswordPolicy's. */
public final class AuthRequests {

    private AuthRequests() {
    }

    public record Register(@NotBlank @Email @Size(max = 254) String email, @NotNull String password,
                           @NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName) {
        @Override
        public String toString() {
            return "Register[email=" + email + "]";
        }
    }

    public record Login(@NotBlank String email, @NotNull String password) {
        @Override
        public String toString() {
            return "Login[email=" + email + "]";
        }
    }

    public record Refresh(@NotBlank String refreshToken) {
        @Override
        public String toString() {
            return "Refresh[]";
        }
    }

    public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    public record ResetConfirm(@NotBlank String token, @NotNull String password) {
        @Override
        public String toString() {
            return "ResetConfirm[]";
        }
    }

    public record InvitationAccept(@NotBlank String token, @NotNull String password, @Size(max = 64) String timezone) {
        @Override
        public String toString() {
            return "InvitationAccept[]";
        }
    }

    public record Verify(@NotBlank String token) {
        @Override
        public String toString() {
            return "Verify[]";
        }
    }
}
