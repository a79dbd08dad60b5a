package org.energytracking.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The readings of some devices as stored: their rows, and their distinct keys ({@code deviceId@ts}). */
final class StoredReadings {

    private StoredReadings() {
    }

    static long rows(Platform platform, List<String> devices) {
        return platform.queryLong("SELECT COUNT(*) FROM reading r JOIN device d ON d.id = r.device_id WHERE d.device_id IN ("
                + String.join(",", devices.stream().map(device -> "?").toList()) + ")", devices.toArray());
    }

    static Set<String> keys(Platform platform, List<String> devices) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Connection connection = platform.database(); PreparedStatement select = connection.prepareStatement(
                "SELECT d.device_id, r.ts FROM reading r JOIN device d ON d.id = r.device_id WHERE d.device_id = ?")) {
            for (String device : devices) {
                select.setString(1, device);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1) + "@" + rows.getLong(2));
                    }
                }
            }
        }
        return keys;
    }
}
