package org.energytracking.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The stored MQTT secret hashes of devices ({@code device.mqtt_secret_hash}), read over one JDBC connection
 * that is opened on first use (the database may start after the broker) and reopened after a failure.
 */
final class DeviceSecrets implements AutoCloseable {

    private static final String SELECT = "SELECT mqtt_secret_hash FROM device WHERE device_id = ?";
    private final String url;
    private final Properties account = new Properties();
    private Connection connection;

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
            return query(deviceId);
        } catch (SQLException stale) {
            // the connection may have died with a database restart: one fresh attempt
            close();
            return query(deviceId);
        }
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
