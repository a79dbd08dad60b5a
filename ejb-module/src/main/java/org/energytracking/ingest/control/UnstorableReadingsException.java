package org.energytracking.ingest.control;

/** The database refused these readings for good (not an outage); the message is rejected with the reason. */
public class UnstorableReadingsException extends RuntimeException {

    public UnstorableReadingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
