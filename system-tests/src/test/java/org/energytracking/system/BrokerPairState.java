package org.energytracking.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The broker pair as the launcher describes it in DATA_DIR/broker-pair.properties (members 1 and 2: process id,
 * journal directory, MQTT address), with each member's own state file (active, backup-in-sync, backup-syncing).
 */
record BrokerPairState(Properties members) {

    static BrokerPairState of(Path dataDir) {
        Properties members = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("broker-pair.properties"))) {
            members.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BrokerPairState(members);
    }

    /** Both MQTT addresses, in the order devices list them. */
    String[] mqttUrls() {
        return members.getProperty("mqtt.urls").split(",");
    }

    long pid(int member) {
        return Long.parseLong(members.getProperty("broker." + member + ".pid"));
    }

    String state(int member) {
        Path file = Path.of(members.getProperty("broker." + member + ".dir")).resolve("state");
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "starting";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** The member that is active, or 0 if none is (a member killed with -9 leaves "active" in its state file). */
    int active() {
        return isActive(1) ? 1 : isActive(2) ? 2 : 0;
    }

    boolean isActive(int member) {
        return "active".equals(state(member)) && ProcessHandle.of(pid(member)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** One member active and the other holding a copy of its journal: a failover would lose nothing. */
    boolean replicated() {
        int active = active();
        return active != 0 && "backup-in-sync".equals(state(3 - active));
    }
}
