package org.energytracking.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The stored MQTT secret hashes of devices ({@code device.mqtt_secret_hash}), read over one JDBC connection
 * that is opened on first use (the database may start after the broker) and reopened after a failure.
 * While the database is away, the last hash read for a device stands in, so devices that reconnect
 * during an outage keep publishing (into the broker, which holds the readings until the database is
 * back); a device never seen since the broker started cannot log in until then.
 */
final class DeviceSecrets implements AutoCloseable {

    private static final String SELECT = "SELECT mqtt_secret_hash FROM device WHERE device_id = ?";
    private static final int REMEMBERED = 100_000;
    private final String url;
    private final Properties account = new Properties();
    private Connection connection;
    private final Map<String, Optional<String>> lastRead = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    DeviceSecrets(String url, String user, String password) {
        this.url = url;
        account.setProperty("user", user);
        account.setProperty("password", password);
        // a broker login waits for this lookup: an unreachable database must fail it soon, not after 30 s
        account.setProperty("connectTimeout", "3000");
        account.setProperty("socketTimeout", "5000");
    }

    /** The hash, or empty if the device does not exist or has no credentials. */
    synchronized Optional<String> hashOf(String deviceId) throws SQLException {
        try {
            return remember(deviceId, query(deviceId));
        } catch (SQLException stale) {
            // the connection may have died with a database restart: one fresh attempt
            close();
            try {
                return remember(deviceId, query(deviceId));
            } catch (SQLException away) {
                Optional<String> known = lastRead.get(deviceId);
                if (known == null) {
                    throw away;
                }
                return known;
            }
        }
    }

    private Optional<String> remember(String deviceId, Optional<String> hash) {
        lastRead.put(deviceId, hash);
        return hash;
    }

    private Optional<String> query(String deviceId) throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(url, account);
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it is being discarded anyway
            }
            connection = null;
        }
    }
}
