package org.energytracking.simulator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Options of {@code broker-floor}: the fixed-rate phase ({@code rate} msgs/s for {@code seconds}, after
 * {@code warmupSeconds} at the same rate), then {@code flatSeconds} as fast as the broker acknowledges
 * (0 skips either); the consumer's sessions and window; journal settings for the broker ({@code name=value,...}).
 */
record FloorOptions(Path launcherJar, int devices, int clients, int rate, long warmupSeconds, long seconds,
                    long flatSeconds, int sessions, int windowBytes, List<String> brokerSettings, Optional<Path> jfr) {

    private static final Set<String> FLAGS = Set.of("launcher-jar", "devices", "clients", "rate", "warmup-seconds",
            "seconds", "flat-seconds", "sessions", "window", "broker-settings", "jfr");

    static FloorOptions parse(String[] argv) {
        Args args = Args.parse(argv, FLAGS);
        Path jar = Path.of(args.string("launcher-jar", "server-config/launcher/target/launcher.jar"));
        int devices = args.intValue("devices", 50, 1, 10_000);
        int clients = Math.min(devices, args.intValue("clients", 4, 1, 64));
        int rate = args.intValue("rate", 2_000, 1, 1_000_000);
        long warmup = args.longValue("warmup-seconds", 20, 0, 3_600);
        long seconds = args.longValue("seconds", 60, 0, 86_400);
        long flat = args.longValue("flat-seconds", 60, 0, 86_400);
        if (seconds == 0 && flat == 0) {
            throw new Args.UsageException("--seconds and --flat-seconds are both 0: nothing to measure");
        }
        int sessions = args.intValue("sessions", 128, 1, 1_024);
        int window = args.intValue("window", 16_384, -1, 64 * 1024 * 1024);
        List<String> settings = args.string("broker-settings").map(FloorOptions::settings).orElse(List.of());
        return new FloorOptions(jar, devices, clients, rate, warmup, seconds, flat, sessions, window, settings,
                args.string("jfr").map(file -> Path.of(file)));
    }

    /** {@code journal-type=ASYNCIO,journal-buffer-timeout=1000000}: each must be name=value (the broker checks the names). */
    static List<String> settings(String list) {
        List<String> settings = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String setting : settings) {
            if (setting.indexOf('=') <= 0) {
                throw new Args.UsageException("--broker-settings: '" + setting + "' is not name=value");
            }
        }
        return settings;
    }
}
