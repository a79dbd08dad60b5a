package org.energytracking.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodComparison;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.dashboard.entity.DashboardPeriod;
import org.energytracking.metering.entity.ExportPoint;

/**
 * The dashboard's figures for the chosen period: consumption and cost against the previous period
 * (as far as the period has gone), today's, peak demand and base load, and energy exported with its credit.
 */
public record Kpis(ZoneId zone, DashboardPeriod period, ConsumptionAnalysis analysis, PeriodTotals today, ExportPoint export) {

    /** The period's cost minus the feed-in credit; null without both. */
    public BigDecimal netCost() {
        return export == null || analysis.comparison().current().cost() == null ? null : export.netOf(analysis.comparison().current().cost());
    }

    public PeriodComparison comparison() {
        return analysis.comparison();
    }

    /** Whether the period is still running, so the previous one is compared only up to the same point. */
    public boolean partial() {
        return comparison().comparedUntil() != null;
    }

    public LocalDate lastDay() {
        return period.end().minusDays(1);
    }

    public LocalDateTime peakAt() {
        return local(analysis.peakDemand().at().toInstant());
    }

    /** In the site's time zone (Faces formats offset and zoned times only as ISO 8601, not in the viewer's style). */
    public LocalDateTime local(Instant instant) {
        return local(instant, zone);
    }

    static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** The site's time zone id, for converters and the live script. */
    public String zoneId() {
        return zone.getId();
    }

    public BigDecimal kwh(BigDecimal wh) {
        return wh == null ? null : wh.movePointLeft(3);
    }

    /** A change in % as a fraction, for {@code f:convertNumber type="percent"}. */
    public BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }
}
