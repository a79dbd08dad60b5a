package org.energytracking.simulator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Options of {@code simulate}. {@code durationSeconds == FOREVER} runs until Ctrl-C. */
record SimulateOptions(int devices, double rate, long durationSeconds, int qos, int batch, String prefix,
                       Endpoints endpoints, Disturbance disturbance) {

    static final long FOREVER = 0;
    /** ts has millisecond resolution: more readings per device and second would collide on (device, ts). */
    static final double MAX_READINGS_PER_DEVICE_AND_SECOND = 1000;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Set<String> FLAGS = new HashSet<>(Set.of("devices", "rate", "duration", "qos", "batch", "prefix", "offline-after", "spike",
            "spike-at", "spike-for"));

    static {
        FLAGS.addAll(Endpoints.FLAGS);
    }

    static SimulateOptions parse(String[] argv, Path dataDir) {
        Args args = Args.parse(argv, FLAGS);
        int devices = args.intValue("devices", 10, 1, 1_000_000);
        double rate = args.doubleValue("rate", devices, 0.001, 1_000_000);
        int qos = args.intValue("qos", 1, 0, 1);
        int batch = args.intValue("batch", 1, 1, ReadingJson.MAX_READINGS_PER_MESSAGE);
        String prefix = args.string("prefix", "sim-");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new Args.UsageException("--prefix may contain only letters, digits, '_' and '-', got '" + prefix + "'");
        }
        if (prefix.length() + String.valueOf(devices).length() > 64) {
            throw new Args.UsageException("--prefix too long: device ids must have at most 64 characters");
        }
        if (rate * batch / devices > MAX_READINGS_PER_DEVICE_AND_SECOND) {
            throw new Args.UsageException("at most 1000 readings per device and second (ts has 1 ms resolution):"
                    + " lower --rate or --batch, or raise --devices");
        }
        Disturbance disturbance = new Disturbance(args.intValue("offline-after", 0, 0, 86_400), args.doubleValue("spike", 0, 0, 100_000),
                args.intValue("spike-at", 60, 0, 86_400), args.intValue("spike-for", 120, 1, 86_400));
        return new SimulateOptions(devices, rate, parseDuration(args.string("duration", "forever")), qos, batch,
                prefix, Endpoints.resolve(args, dataDir), disturbance);
    }

    private static long parseDuration(String raw) {
        if (raw.equalsIgnoreCase("forever")) {
            return FOREVER;
        }
        try {
            long seconds = Long.parseLong(raw.endsWith("s") ? raw.substring(0, raw.length() - 1) : raw);
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Args.UsageException("--duration must be a number of seconds (>= 1) or 'forever', got '" + raw + "'");
    }

    boolean forever() {
        return durationSeconds == FOREVER;
    }

    String deviceId(int index) {
        return prefix + (index + 1);
    }

    /** How often each device sends a message, in milliseconds. */
    double messageIntervalMillis() {
        return devices * 1000.0 / rate;
    }
}
