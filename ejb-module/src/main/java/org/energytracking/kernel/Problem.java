package org.energytracking.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A request the platform refuses: what kind of refusal, and the field it is about. The boundary it
 * leaves through says it in its own terms (the API maps a kind to an HTTP status, the portal to a page).
 * An application exception, so EJBs throw it as is instead of wrapping it.
 */
@ApplicationException(rollback = true)
public class Problem extends RuntimeException {

    /** Why a request is refused. */
    public enum Kind {
        /** The request names something wrong (a field's value, a reference). */
        INVALID,
        /** No valid credentials. */
        UNAUTHENTICATED,
        /** A known caller, not allowed. */
        FORBIDDEN,
        /** Not there, or not there for this caller. */
        NOT_FOUND,
        /** In the way of something that exists (a taken id, a state that does not allow it). */
        CONFLICT,
        /** Too many attempts: try again after {@link #retryAfterSeconds()}. */
        TOO_MANY_ATTEMPTS
    }

    private final Kind kind;
    private final String field;
    private long retryAfterSeconds;

    private Problem(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static Problem invalid(String field, String message) {
        return new Problem(Kind.INVALID, field, message);
    }

    public static Problem notFound(String message) {
        return new Problem(Kind.NOT_FOUND, null, message);
    }

    public static Problem conflict(String field, String message) {
        return new Problem(Kind.CONFLICT, field, message);
    }

    public static Problem unauthenticated(String message) {
        return new Problem(Kind.UNAUTHENTICATED, null, message);
    }

    public static Problem forbidden(String message) {
        return new Problem(Kind.FORBIDDEN, null, message);
    }

    public static Problem tooManyAttempts(String field, String message, long retryAfterSeconds) {
        Problem problem = new Problem(Kind.TOO_MANY_ATTEMPTS, field, message);
        problem.retryAfterSeconds = retryAfterSeconds;
        return problem;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
