package org.energytracking.dashboard.entity;

import java.time.ZoneId;
import java.util.List;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.devices.entity.DeviceStatus;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;

/**
 * What the dashboard shows of a site: the period's analysis against the one before, today's totals,
 * the energy of both periods bucket by bucket (at the period's resolution), the devices as they are now, and
 * what they exported over the period with its feed-in credit (null when no device reports an export counter), and
 * bucket by bucket beside {@code energy} ({@code exports}, null where none).
 */
public record DashboardSummary(ZoneId zone, DashboardPeriod period, ConsumptionAnalysis analysis, PeriodTotals today,
        List<EnergyPoint> energy, List<EnergyPoint> previousEnergy, List<DeviceStatus> devices, ExportPoint export,
        List<ExportPoint> exports) {
}
