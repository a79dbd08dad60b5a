package org.energytracking.ingest.control;

/** Why a message was refused, as a small fixed set for the metrics (the full reason is stored). */
public enum RejectionKind {
    BAD_TOPIC("bad_topic"),
    UNKNOWN_DEVICE("unknown_device"),
    BAD_PAYLOAD("bad_payload"),
    BAD_READINGS("bad_readings"),
    UNSTORABLE("unstorable");

    private final String label;

    RejectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
