package org.energytracking.analytics.entity;

import java.util.List;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Resolution;

/**
 * A device or site over whole local days against as many days before: the analysis, the energy of both
 * periods bucket by bucket ({@code trend}, {@code before}), its devices ranked by energy, and what it exported to
 * the grid bucket by bucket ({@code exports}, aligned with {@code trend}, null where none) and in all
 * ({@code exported}: null when no device reports an export counter).
 */
public record AnalyticsReport(String name, Resolution resolution, ConsumptionAnalysis analysis, List<EnergyPoint> trend,
        List<EnergyPoint> before, List<DeviceTotal> ranking, List<ExportPoint> exports, ExportPoint exported) {
}
