package org.energytracking.simulator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Options of {@code fault <name>}. */
record FaultOptions(String name, int devices, long readings, int batchSize, double killAt, long hostile, int outageSeconds,
                    Endpoints endpoints) {

    static final Set<String> NAMES = Set.of("kill-app", "hostile", "db-outage", "broker-restart", "broker-failover");
    private static final Set<String> FLAGS = new HashSet<>(Set.of("devices", "readings", "batch-size", "kill-at", "hostile", "outage"));

    static {
        FLAGS.addAll(Endpoints.FLAGS);
    }

    static FaultOptions parse(String[] argv, Path dataDir) {
        if (argv.length == 0 || !NAMES.contains(argv[0])) {
            throw new Args.UsageException("name a fault: " + String.join(", ", NAMES));
        }
        Args args = Args.parse(java.util.Arrays.copyOfRange(argv, 1, argv.length), FLAGS);
        int devices = args.intValue("devices", 20, 1, 10_000);
        long readings = args.longValue("readings", argv[0].equals("kill-app") ? 1_000_000 : argv[0].startsWith("broker-") ? 100_000 : 20_000, 1, 1_000_000_000L);
        int batchSize = args.intValue("batch-size", 100, 1, ReadingJson.MAX_READINGS_PER_MESSAGE);
        int killAtPercent = args.intValue("kill-at", 30, 1, 99);
        long hostile = args.longValue("hostile", 10_000, 1, 10_000_000L);
        int outageSeconds = args.intValue("outage", 60, 1, 3600);
        if (readings < devices) {
            throw new Args.UsageException("--readings must be at least --devices (" + devices + ")");
        }
        return new FaultOptions(argv[0], devices, readings, batchSize, killAtPercent / 100.0, hostile, outageSeconds,
                Endpoints.resolve(args, dataDir));
    }
}
