package org.energytracking.identity.entity;

/** What a successful sign-in or refresh hands out. The refresh token exists only here, never stored. */
public record SignIn(String accessToken, String refreshToken, long expiresInSeconds) {

    @Override
    public String toString() {
        return "SignIn[expiresInSeconds=" + expiresInSeconds + "]";
    }
}
