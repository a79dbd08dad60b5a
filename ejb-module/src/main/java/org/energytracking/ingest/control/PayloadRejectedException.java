package org.energytracking.ingest.control;

/**
 * Aborts a parse when the payload as a whole is unusable. Only thrown on bad input, never on the happy path;
 * carries no stack trace because it is a verdict on the input, not a fault in the code.
 */
final class PayloadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PayloadRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
