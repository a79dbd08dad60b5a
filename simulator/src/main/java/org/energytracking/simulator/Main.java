package org.energytracking.simulator;

import java.nio.file.Path;
import java.util.Arrays;

/** Entry point of simulator.jar: {@code simulate} or {@code benchmark}. */
public final class Main {

    private static final String USAGE = """
            usage:
              java -jar simulator.jar simulate [--devices 10] [--rate <devices> msgs/s total] [--duration S|forever]
                                               [--qos 0|1] [--batch 1] [--prefix sim-]
              java -jar simulator.jar benchmark [--devices 10] [--readings 100000] [--batch-size 100] [--qos 1]
                                                [--clients 4] [--steady-rate 2000] [--steady-seconds 600] [--poll-ms 100]
                  then a steady phase: --steady-rate single-reading msgs/s for --steady-seconds (0 skips it), with
                  latency probes polled through the API every --poll-ms and the platform's memory sampled
              java -jar simulator.jar fault kill-app [--devices 20] [--readings 1000000] [--batch-size 100] [--kill-at 30]
                  kill -9 of the app server when --kill-at % of the messages are acknowledged; checks every
                  acknowledged reading is stored once the launcher has restarted it (exit 1 if not)
              java -jar simulator.jar fault hostile [--devices 20] [--readings 20000] [--hostile 10000]
                  the valid stream alone, then beside hostile payloads (random bytes, deep nesting, 10 MB,
                  100,000-item arrays, wrong types, NaN, far-future and pre-1970 times, SQL and HTML, odd
                  topics, unknown devices); checks all valid readings stored, all hostile ones rejected
              java -jar simulator.jar fault db-outage [--devices 20] [--readings 20000] [--outage 60]
                  stops the embedded MariaDB for --outage seconds while publishing; checks /health/ready goes
                  DOWN and UP again and every reading is stored after the restart
              java -jar simulator.jar fault broker-restart [--devices 20] [--readings 100000] [--batch-size 100] [--kill-at 30]
                  stops and restarts the launcher (and so its broker) part-way; publishers reconnect and resend;
                  checks every acknowledged reading is stored (the platform keeps running in the background)
              java -jar simulator.jar fault broker-failover [--devices 20] [--readings 100000] [--batch-size 100] [--kill-at 30]
                  with the broker pair (BROKER_HA=true): kill -9 of the active broker part-way; publishers list both
                  addresses, fail over and resend; checks every acknowledged reading is stored
              java -jar simulator.jar threshold-benchmark [--devices 10] [--readings 100000] [--clients 4]
                  a warm-up, then single-reading phases without and with an enabled threshold rule on every
                  device (four, in A B B A order); rate and CPU per message per process of each, and the rules'
                  extra CPU against +5 %
              java -jar simulator.jar query-benchmark [--days 30] [--interval 60] [--runs 200]
                  one device with --days of readings every --interval seconds imported over HTTP; times the hourly energy query
                  as the API runs it (target p99 < 10 ms in the database) against the same hours from raw readings
              java -jar simulator.jar anomaly-benchmark [--devices 20] [--weeks 10] [--k 5] [--floor 50] [--labels anomaly-labels.csv]
                                                        [--baseline-devices 0] [--partitions 2] [--spike Wh]
                  a labelled history (household and freezer profiles, noise, drift; night runs, extra day loads, stopped
                  freezers, base-load creep) imported over HTTP; precision, recall and false alerts per device-week against
                  the labels, then the nightly baseline job timed over every device (--baseline-devices more seeded into
                  the database first). --spike: one device, three weeks, its last hour Wh higher: an anomaly alert and email
              java -jar simulator.jar report-benchmark [--sites 10000]
                  a month of rollups and a monthly report definition per site seeded in the database, then all enabled at once:
                  reports/s, time per report p50/p99 and CPU until every PDF and CSV is made and emailed (target < 5 min)
              java -jar simulator.jar rollup-benchmark [--devices 1] [--days 365] [--interval-seconds 60]
                  a year of one-minute readings imported as CSV: the rollup timer catching up, then the rebuild job re-rolling
                  it, in readings/s and CPU per reading per process (target >= 150,000 readings/s); energy checked to the Wh
              java -jar simulator.jar broker-floor [--rate 2000] [--warmup-seconds 20] [--seconds 60] [--flat-seconds 60]
                                                   [--devices 50] [--clients 4] [--sessions 128] [--window 16384]
                                                   [--launcher-jar server-config/launcher/target/launcher.jar]
                                                   [--broker-settings journal-type=ASYNCIO,journal-buffer-timeout=NS] [--jfr F]
                  the broker alone (the run command's broker.xml in a JVM of its own, a consumer acknowledging each message
                  as the resource adapter does, no app server, no database): its CPU per QoS 1 message at --rate and flat out
            endpoints (every command; default: ${DATA_DIR:-./data}/endpoints.properties, else local defaults):
              --api http://127.0.0.1:8080  --mqtt tcp://127.0.0.1:1883
                  (a broker pair: --mqtt tcp://127.0.0.1:1883,tcp://127.0.0.1:1884; devices fail over and resend)
              --db-url jdbc:mariadb://127.0.0.1:3306/energy  --db-user root  --db-password ''
              --email admin@energy.local  --password …   (or ENERGY_EMAIL / ENERGY_PASSWORD; default: the
                                                          launcher's administrator from endpoints.properties)
            """;

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    static int run(String[] argv) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.err.print(USAGE);
            return argv.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        Path dataDir = Endpoints.dataDir(System.getenv());
        try {
            switch (argv[0]) {
                case "simulate" -> new Simulator(SimulateOptions.parse(rest, dataDir), dataDir).run();
                case "benchmark" -> new Benchmark(BenchmarkOptions.parse(rest, dataDir), dataDir).run();
                case "threshold-benchmark" -> new ThresholdBenchmark(BenchmarkOptions.parse(rest, dataDir), dataDir, 2).run();
                case "query-benchmark" -> new QueryBenchmark(rest, dataDir).run();
                case "anomaly-benchmark" -> new AnomalyBenchmark(rest, dataDir).run();
                case "report-benchmark" -> new ReportBenchmark(rest, dataDir).run();
                case "rollup-benchmark" -> new RollupBenchmark(rest, dataDir).run();
                case "broker-floor" -> new BrokerFloor(FloorOptions.parse(rest), dataDir).run();
                case "fault" -> {
                    FaultOptions fault = FaultOptions.parse(rest, dataDir);
                    boolean passed = switch (fault.name()) {
                        case "kill-app" -> new KillAppServerFault(fault, dataDir).run();
                        case "db-outage" -> new DatabaseOutageFault(fault, dataDir).run();
                        case "broker-restart" -> new BrokerRestartFault(fault, dataDir).run();
                        case "broker-failover" -> new BrokerFailoverFault(fault, dataDir).run();
                        default -> new HostileFault(fault, dataDir).run();
                    };
                    if (!passed) {
                        return 1;
                    }
                }
                default -> throw new Args.UsageException("unknown command '" + argv[0] + "'");
            }
            return 0;
        } catch (Args.UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            System.err.println("failed: " + describe(e));
            return 1;
        }
    }

    /** The message chain of an exception, without repeating what a cause already said. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (sb.indexOf(text) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(text);
            }
        }
        return sb.toString();
    }
}
