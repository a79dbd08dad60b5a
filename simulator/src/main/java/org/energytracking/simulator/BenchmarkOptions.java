package org.energytracking.simulator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Options of {@code benchmark}. */
record BenchmarkOptions(int devices, long readings, int batchSize, int qos, int clients, Endpoints endpoints) {

    private static final Set<String> FLAGS = new HashSet<>(Set.of("devices", "readings", "batch-size", "qos", "clients"));

    static {
        FLAGS.addAll(Endpoints.FLAGS);
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
        return new BenchmarkOptions(devices, readings, batchSize, qos, Math.min(clients, devices),
                Endpoints.resolve(args, dataDir));
    }
}
