package org.energytracking.devices.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Records what a device said of its own availability (Tasmota LWT, Shelly online), so the cards show it
 * at once. An older word arriving late (a retained LWT redelivered) does not overwrite a newer one.
 */
@ApplicationScoped
public class DeviceAvailability {

    private static final String UPDATE = "UPDATE device SET reported_online = ?, reported_online_at = ?"
            + " WHERE id = ? AND (reported_online_at IS NULL OR reported_online_at <= ?)";

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    /** Stamped with the platform's clock, like last_seen_at, so the two compare. */
    public void reported(long deviceRowId, boolean online) throws SQLException {
        LocalDateTime utc = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setBoolean(1, online);
            update.setObject(2, utc);
            update.setLong(3, deviceRowId);
            update.setObject(4, utc);
            update.executeUpdate();
        }
    }
}
