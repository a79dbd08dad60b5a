package org.energytracking.simulator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Options of {@code benchmark}; {@code steadySeconds} 0 skips the steady phase. */
record BenchmarkOptions(int devices, long readings, int batchSize, int qos, int clients, int steadyRate, long steadySeconds,
                        int pollMillis, Endpoints endpoints) {

    /** A steady device sends at most this many readings a second, so that its ts (ms, unique per device) stay near now. */
    static final int MAX_STEADY_RATE_PER_DEVICE = 1_000;
    private static final Set<String> FLAGS = new HashSet<>(Set.of("devices", "readings", "batch-size", "qos", "clients",
            "steady-rate", "steady-seconds", "poll-ms"));

    static {
        FLAGS.addAll(Endpoints.FLAGS);
    }

    /** The steady phase's devices: --devices, or more if the rate needs them. */
    int steadyDevices() {
        return Math.max(devices, (steadyRate + MAX_STEADY_RATE_PER_DEVICE - 1) / MAX_STEADY_RATE_PER_DEVICE);
    }

    static BenchmarkOptions parse(String[] argv, Path dataDir) {
        Args args = Args.parse(argv, FLAGS);
        int devices = args.intValue("devices", 10, 1, 100_000);
        long readings = args.longValue("readings", 100_000, 1, 1_000_000_000L);
        if (readings < devices) {
            throw new Args.UsageException("--readings must be at least --devices (" + devices + ")");
        }
        int batchSize = args.intValue("batch-size", 100, 1, ReadingJson.MAX_READINGS_PER_MESSAGE);
        int qos = args.intValue("qos", 1, 0, 1);
        int clients = args.intValue("clients", 4, 1, 64);
        int steadyRate = args.intValue("steady-rate", 2_000, 1, 100_000);
        long steadySeconds = args.longValue("steady-seconds", 600, 0, 86_400);
        int pollMillis = args.intValue("poll-ms", 100, 10, 1_000);
        return new BenchmarkOptions(devices, readings, batchSize, qos, Math.min(clients, devices), steadyRate, steadySeconds,
                pollMillis, Endpoints.resolve(args, dataDir));
    }
}
