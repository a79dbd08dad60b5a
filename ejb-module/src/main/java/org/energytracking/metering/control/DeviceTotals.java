package org.energytracking.metering.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.kernel.SqlIds;
import org.energytracking.metering.entity.DeviceTotal;

/**
 * Energy and cost per device over local days, most energy first, in one grouped query over the
 * daily rollups, so a site of hundreds of devices is ranked without reading each one's series.
 */
@Dependent
public class DeviceTotals {

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    public List<DeviceTotal> ranked(List<Long> deviceRowIds, LocalDate from, LocalDate toExclusive) {
        if (deviceRowIds.isEmpty()) {
            return List.of();
        }
        String devices = SqlIds.inList(deviceRowIds);
        String sql = "SELECT d.device_id, d.name, COALESCE(SUM(r.energy_wh), 0), SUM(r.cost), MAX(r.currency)"
                + " FROM device d LEFT JOIN rollup_day r ON r.device_id = d.id AND r.local_day >= ? AND r.local_day < ?"
                + " WHERE d.id IN (" + devices + ") GROUP BY d.id, d.device_id, d.name"
                + " ORDER BY COALESCE(SUM(r.energy_wh), 0) DESC, d.name";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(toExclusive));
            List<DeviceTotal> totals = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    totals.add(new DeviceTotal(row.getString(1), row.getString(2), row.getDouble(3), row.getBigDecimal(4),
                            row.getString(5)));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not rank devices: " + e.getMessage(), e);
        }
    }
}
