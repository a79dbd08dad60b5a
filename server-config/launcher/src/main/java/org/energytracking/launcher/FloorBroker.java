package org.energytracking.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.JournalType;

/**
 * The run command's embedded broker alone (broker.xml: MQTT and CORE acceptors, the synced NIO journal,
 * {@link BrokerSecurity}), without database or app server, so that what the broker costs per message can be
 * measured on its own: the simulator's {@code broker-floor} command starts it, and {@link FloorConsumer} beside it.
 * There is no database to check device secrets against, so devices publish anonymously (the same publish
 * path, the same role check). The platform account's password comes from {@code FLOOR_PLATFORM_PASSWORD}.
 * <p>
 * usage: {@code java -cp launcher.jar org.energytracking.launcher.FloorBroker DATA_DIR MQTT_PORT CORE_PORT [setting=value ...]}
 * with settings from {@link #adjust} to try journal variants without editing broker.xml.
 */
public final class FloorBroker {

    private FloorBroker() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        Logger.getLogger("org.apache.activemq.audit").setLevel(Level.WARNING);
        BrokerNoise.install();
        if (args.length < 3) {
            System.err.println("usage: FloorBroker DATA_DIR MQTT_PORT CORE_PORT [journal-type=NIO|ASYNCIO]"
                    + " [journal-buffer-timeout=NS] [journal-sync-non-transactional=true|false] [journal-datasync=true|false]");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("FLOOR_PLATFORM_PASSWORD", "");
        if (password.isEmpty()) {
            throw new IllegalArgumentException("FLOOR_PLATFORM_PASSWORD must be set");
        }
        List<String> settings = Arrays.asList(args).subList(3, args.length);
        // never asked: anonymous logins do not look up a device secret
        DeviceSecrets noDatabase = new DeviceSecrets("jdbc:mariadb://127.0.0.1:1/none", "none", "");
        EmbeddedBroker broker = EmbeddedBroker.start(Path.of(args[0]), "127.0.0.1", Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), new BrokerSecurity(noDatabase, password, true), 60,
                configuration -> adjust(configuration, settings));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "floor-broker-shutdown"));
        System.out.println("ready");
        Thread.currentThread().join();
    }

    /** Applies {@code name=value} journal settings, named as in broker.xml; the buffer timeout counts for NIO and ASYNCIO. */
    static void adjust(Configuration configuration, List<String> settings) {
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("not name=value: " + setting);
            }
            String value = setting.substring(equals + 1).trim();
            switch (setting.substring(0, equals).trim()) {
                case "journal-type" -> configuration.setJournalType(JournalType.valueOf(value.toUpperCase(Locale.ROOT)));
                case "journal-buffer-timeout" -> {
                    configuration.setJournalBufferTimeout_NIO(Integer.parseInt(value));
                    configuration.setJournalBufferTimeout_AIO(Integer.parseInt(value));
                }
                case "journal-sync-non-transactional" -> configuration.setJournalSyncNonTransactional(bool(value));
                case "journal-datasync" -> configuration.setJournalDatasync(bool(value));
                default -> throw new IllegalArgumentException("unknown setting: " + setting);
            }
        }
    }

    private static boolean bool(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("true or false, not " + value);
        }
        return Boolean.parseBoolean(value);
    }
}
