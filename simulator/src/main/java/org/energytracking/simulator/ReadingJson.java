package org.energytracking.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hand-built JSON payloads (values are numbers only, so no escaping is needed). */
final class ReadingJson {

    /** The platform takes payloads of at most 256 KiB; one reading is at most about 120 bytes. */
    static final int MAX_READINGS_PER_MESSAGE = 2_000;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private ReadingJson() {
    }

    /** A flat object for one reading. */
    static byte[] single(Reading reading) {
        StringBuilder sb = new StringBuilder(112);
        append(sb, reading);
        return bytes(sb);
    }

    /** A JSON array of readings (a batch message). */
    static byte[] batch(List<Reading> readings) {
        StringBuilder sb = new StringBuilder(readings.size() * 112 + 2);
        sb.append('[');
        for (int i = 0; i < readings.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            append(sb, readings.get(i));
        }
        return bytes(sb.append(']'));
    }

    static void append(StringBuilder sb, Reading r) {
        sb.append("{\"ts\":").append(r.ts());
        sb.append(",\"power\":");
        appendFixed(sb, r.power(), 1);
        sb.append(",\"voltage\":");
        appendFixed(sb, r.voltage(), 1);
        sb.append(",\"current\":");
        appendFixed(sb, r.current(), 3);
        sb.append(",\"energy\":");
        appendFixed(sb, r.energy(), 3);
        sb.append(",\"temperature\":");
        appendFixed(sb, r.temperature(), 2);
        sb.append('}');
    }

    /** Appends {@code value} rounded to {@code decimals} places, without String.format's cost. */
    static void appendFixed(StringBuilder sb, double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long factor = POW10[decimals];
        long scaled = Math.round(Math.abs(value) * factor);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / factor);
        if (decimals > 0) {
            sb.append('.');
            String fraction = Long.toString(scaled % factor);
            for (int i = fraction.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(fraction);
        }
    }

    private static byte[] bytes(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
