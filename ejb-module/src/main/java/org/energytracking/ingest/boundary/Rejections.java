package org.energytracking.ingest.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.energytracking.identity.control.Requires;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.ingest.entity.RejectedMessage;

/** The messages refused from one device, newest first, for whoever may see that device. */
@Stateless
public class Rejections {

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    @Requires("devices:read")
    public List<RejectedMessage> ofDevice(@Requires.Device String deviceId, int offset, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT received_at, reason, excerpt FROM rejected_message"
                     + " WHERE device_id = ? ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?")) {
            select.setString(1, deviceId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            List<RejectedMessage> rejections = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rejections.add(new RejectedMessage(row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            row.getString(2), row.getString(3)));
                }
            }
            return rejections;
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not read rejected messages: " + e.getMessage(), e);
        }
    }

    @Requires("devices:read")
    public long countOfDevice(@Requires.Device String deviceId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM rejected_message WHERE device_id = ?")) {
            count.setString(1, deviceId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not count rejected messages: " + e.getMessage(), e);
        }
    }
}
