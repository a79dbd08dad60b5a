package org.energytracking.simulator;

/**
 * What one benchmark phase publishes: {@code readings} spread over the devices {@code <prefix>1..N}, device i's
 * j-th reading at {@code startTs + j * stepMs} (unique per (device, ts), all in the hours before now), sent
 * {@code batchSize} readings per message (1 = flat objects).
 */
record PhasePlan(String name, String devicePrefix, long[] readingsPerDevice, long startTs, long stepMs, int batchSize) {

    /** Readings are placed in at least the last 6 hours before now (further back if there are more than 1 per ms). */
    static final long MIN_WINDOW_MS = 6 * 3_600_000L;
    private static final long SAFETY_MS = 60_000;

    static PhasePlan create(String name, String devicePrefix, int devices, long readings, int batchSize, long nowMs) {
        long[] perDevice = new long[devices];
        for (int i = 0; i < devices; i++) {
            perDevice[i] = readings / devices + (i < readings % devices ? 1 : 0);
        }
        long most = perDevice[0];
        long window = Math.max(MIN_WINDOW_MS, most);
        long step = Math.max(1, window / Math.max(1, most));
        return new PhasePlan(name, devicePrefix, perDevice, nowMs - window - SAFETY_MS, step, batchSize);
    }

    int devices() {
        return readingsPerDevice.length;
    }

    String deviceId(int index) {
        return devicePrefix + (index + 1);
    }

    /** The SQL LIKE pattern that matches exactly this phase's devices. */
    String deviceIdPattern() {
        return devicePrefix + "%";
    }

    /** The ts of every device's {@code index}-th reading. */
    long ts(long index) {
        return startTs + index * stepMs;
    }

    long expectedReadings() {
        long sum = 0;
        for (long n : readingsPerDevice) {
            sum += n;
        }
        return sum;
    }

    long messages() {
        long sum = 0;
        for (long n : readingsPerDevice) {
            sum += (n + batchSize - 1) / batchSize;
        }
        return sum;
    }

    /** The most messages any device sends: the number of publishing rounds. */
    long rounds() {
        return (readingsPerDevice[0] + batchSize - 1) / batchSize;
    }
}
