package org.energytracking.devices.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.energytracking.cluster.entity.Evicted;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.DeviceRoute;
import org.energytracking.devices.entity.KeyMapping;
import org.energytracking.identity.entity.Secret;

/**
 * Resolves a device id from a topic to the device's row id, protocol, zone and key mapping on the
 * ingest path without a query per message. Unknown ids are remembered briefly, so a flood of them costs one query each per second
 * while a device registered a moment ago is found almost at once.
 */
@ApplicationScoped
public class DeviceDirectory {

    /** Its name in cache_eviction: a device changed or deleted on another instance is read again here. */
    public static final String CACHE = "devices";
    private static final long UNKNOWN_TTL_NANOS = 1_000_000_000L;
    private static final int MAX_UNKNOWN = 10_000;

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    private static final String CREATE_CHANNEL = "INSERT IGNORE INTO device (device_id, name, type, location, timezone,"
            + " counter_max_wh, site_id, owner_id, created_at, updated_at, parent_id, channel, adds_to_site)"
            + " SELECT ?, CONCAT(d.name, ' · ', ?), d.type, d.location, d.timezone, NULL, d.site_id, d.owner_id,"
            + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), d.id, ?, ?"
            + " FROM device d WHERE d.device_id = ?";

    private final Map<String, DeviceRoute> known = new ConcurrentHashMap<>();
    private final Map<String, Long> unknownSince = new ConcurrentHashMap<>();

    public OptionalLong rowId(String deviceId) throws SQLException {
        return route(deviceId).map(route -> OptionalLong.of(route.rowId())).orElse(OptionalLong.empty());
    }

    public Optional<DeviceRoute> route(String deviceId) throws SQLException {
        DeviceRoute route = known.get(deviceId);
        if (route != null) {
            return Optional.of(route);
        }
        Long since = unknownSince.get(deviceId);
        if (since != null && System.nanoTime() - since < UNKNOWN_TTL_NANOS) {
            return Optional.empty();
        }
        Optional<DeviceRoute> found = query(deviceId);
        if (found.isPresent()) {
            known.put(deviceId, found.get());
            unknownSince.remove(deviceId);
        } else {
            if (unknownSince.size() >= MAX_UNKNOWN) {
                unknownSince.clear();
            }
            unknownSince.put(deviceId, System.nanoTime());
        }
        return found;
    }

    public void registered(Device device) {
        unknownSince.remove(device.deviceId());
        known.put(device.deviceId(), DeviceRoute.of(device));
    }

    public void forget(String deviceId) {
        known.remove(deviceId);
        known.keySet().removeIf(id -> id.startsWith(deviceId + ":"));
    }

    void onEvicted(@Observes Evicted evicted) {
        if (evicted.of(CACHE)) {
            forget(evicted.item());
        }
    }

    private Optional<DeviceRoute> query(String deviceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, protocol, timezone, key_mapping FROM device WHERE device_id = ?")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DeviceRoute(row.getLong(1), DeviceProtocol.byKey(row.getString(2)).orElse(DeviceProtocol.NATIVE),
                        ZoneId.of(row.getString(3)), KeyMapping.parse(row.getString(4))));
            }
        }
    }

    /**
     * The row of a device's channel ({@code plug-1:export}, {@code pro3em:a}), created on its first reading
     * with the device's site, owner and zone. Concurrent first readings create it once (unique device_id).
     */
    public long channelRowId(String deviceId, String channel) throws SQLException {
        String channelId = Device.channelId(deviceId, channel);
        DeviceRoute known = this.known.get(channelId);
        if (known != null) {
            return known.rowId();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(CREATE_CHANNEL)) {
            insert.setString(1, channelId);
            insert.setString(2, channel);
            insert.setString(3, channel);
            insert.setBoolean(4, route(deviceId).map(device -> device.protocol().addsToSite(channel)).orElse(false));
            insert.setString(5, deviceId);
            insert.executeUpdate();
        }
        return route(channelId).orElseThrow(() -> new SQLException("channel " + channelId + " was not created")).rowId();
    }

    /** True when the secret is the device's current MQTT secret (an access token's second half). */
    public boolean acceptsSecret(String deviceId, String secret) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT mqtt_secret_hash FROM device WHERE device_id = ?")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                String hash = row.next() ? row.getString(1) : null;
                return hash != null && MessageDigest.isEqual(Secret.hashOf(secret).getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
