package org.energytracking.problems;

import jakarta.ejb.ApplicationException;

/**
 * A request the platform refuses, with the HTTP status it maps to and the field it is about.
 * An application exception, so EJBs throw it as is instead of wrapping it.
 */
@ApplicationException(rollback = true)
public class Problem extends RuntimeException {

    private final int status;
    private final String field;
    private long retryAfterSeconds;

    private Problem(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static Problem invalid(String field, String message) {
        return new Problem(400, field, message);
    }

    public static Problem notFound(String message) {
        return new Problem(404, null, message);
    }

    public static Problem conflict(String field, String message) {
        return new Problem(409, field, message);
    }

    /** No valid credentials (HTTP 401). */
    public static Problem unauthenticated(String message) {
        return new Problem(401, null, message);
    }

    /** Known caller, not allowed (HTTP 403). */
    public static Problem forbidden(String message) {
        return new Problem(403, null, message);
    }

    /** Too many attempts; {@code retryAfterSeconds} goes into the Retry-After header. */
    public static Problem tooManyAttempts(String field, String message, long retryAfterSeconds) {
        Problem problem = new Problem(429, field, message);
        problem.retryAfterSeconds = retryAfterSeconds;
        return problem;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
