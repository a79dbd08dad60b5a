package org.energytracking.ingest.control;

/**
 * The database did not take readings within the retry window. On MQTT the message goes back to
 * the broker for a delayed redelivery; on HTTP the client gets 503 and may retry.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
