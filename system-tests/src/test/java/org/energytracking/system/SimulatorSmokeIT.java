package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Short runs of the benchmark and of the hostile-payload fault against the suite's platform, as a
 * user runs them (simulator.jar, endpoints from the data dir). They check counts, never speed: the
 * full runs are on demand (README, Benchmarks).
 */
@ExtendWith(PlatformExtension.class)
class SimulatorSmokeIT {

    @Test
    void aShortBenchmarkStoresEveryReadingExactlyOnce(Platform platform) throws Exception {
        String output = simulator(platform, "benchmark", "--devices", "4", "--readings", "2000", "--batch-size", "50",
                "--steady-rate", "500", "--steady-seconds", "20");
        assertThat(output).containsPattern("lost \\+ duplicated readings\\s+0\\s+0\\s+met");
        Matcher single = Pattern.compile("single: 2000 messages, (\\d+)/2000 readings stored").matcher(output);
        assertThat(single.find()).as(output).isTrue();
        assertThat(single.group(1)).isEqualTo("2000");
        assertThat(output).contains("batch-50: 40 messages, 2000/2000 readings stored");
        assertThat(output).as("4 devices × 500 readings in requests of 1,000: one request each")
                .contains("http-1000: 4 messages, 2000/2000 readings stored");
        Matcher steady = Pattern.compile("steady-500: (\\d+) messages, (\\d+)/(\\d+) readings stored").matcher(output);
        assertThat(steady.find()).as(output).isTrue();
        assertThat(steady.group(2)).as("every steady reading stored once").isEqualTo(steady.group(3)).isEqualTo(steady.group(1));
        assertThat(Long.parseLong(steady.group(1))).as("paced: never faster than 500/s (plus the pacer's 250 ms allowance)")
                .isBetween(1L, 10_125L);
        Matcher probes = Pattern.compile("(\\d+) probes at 5/s, (\\d+) seen, 0 lost").matcher(output);
        assertThat(probes.find()).as(output).isTrue();
        assertThat(probes.group(2)).isEqualTo(probes.group(1));
        assertThat(Long.parseLong(probes.group(1))).as("5 probes/s for 20 s").isBetween(90L, 101L);
        assertThat(output).containsPattern("p50 \\d+ ms, p95 \\d+ ms, p99 \\d+ ms, max \\d+ ms")
                .contains("resident memory (app server + broker), a sample every 1 s")
                .contains("not counted, needs --steady-rate 2000");
    }

    @Test
    void hostilePayloadsBesideAValidStreamAreAllRejectedAndTheValidOnesAllStored(Platform platform) throws Exception {
        String output = simulator(platform, "fault", "hostile", "--devices", "4", "--readings", "400", "--hostile", "110");
        assertThat(output).as(output).contains("valid readings stored 800 of 800");
        assertThat(output).contains("hostile messages sent 110, recorded as rejected 110, readings stored from them 0");
        assertThat(output).containsPattern("unknown devices refused at connect (\\d+) of \\1");
    }

    private static String simulator(Platform platform, String... arguments) throws Exception {
        Path log = platform.running().dataDir.resolve("simulator-" + arguments[arguments.length - 1] + "-" + System.nanoTime() + ".log");
        String[] command = new String[arguments.length + 3];
        command[0] = "java";
        command[1] = "-jar";
        command[2] = System.getProperty("simulator.jar", "../simulator/target/simulator.jar");
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DATA_DIR", platform.running().dataDir.toString());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
