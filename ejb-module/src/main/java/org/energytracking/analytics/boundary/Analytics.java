package org.energytracking.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.energytracking.analytics.control.UsageReads;
import org.energytracking.analytics.entity.AnalyticsReport;
import org.energytracking.analytics.entity.ComparedPeriods;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodProfile;
import org.energytracking.analytics.entity.UsageQuarter;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.metering.entity.StandingCharges;

/** Consumption analytics of a device or site over a period, against the period before it (as far as it has run). */
@Stateless
public class Analytics {

    /** Two periods of a year by quarter hours stay well within memory; longer ones ask for less. */
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    @Inject
    Energy energy;
    @Inject
    UsageReads usage;

    private final Clock clock = Clock.systemUTC();

    /**
     * The analytics page's report of a site, or of one of its devices when {@code deviceId} is not empty, over the
     * local days [first, toExclusive) of {@code zone} (the site's); one day is shown by hours, more by days.
     */
    public AnalyticsReport report(long siteId, String deviceId, LocalDate first, LocalDate toExclusive, ZoneId zone) {
        boolean site = deviceId == null || deviceId.isEmpty();
        Metered metered = site ? energy.site(siteId) : energy.device(deviceId);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = toExclusive.atStartOfDay(zone).toInstant();
        Instant previousFrom = from.minus(Duration.between(from, to));
        Resolution resolution = first.plusDays(1).equals(toExclusive) ? Resolution.HOUR : Resolution.DAY;
        ConsumptionAnalysis analysis = of(metered, from, to);
        List<EnergyPoint> trend = energy.energy(metered, from, to, resolution);
        List<EnergyPoint> before = energy.energy(metered, previousFrom, from, resolution);
        List<DeviceTotal> ranking = energy.byDevice(metered, first, toExclusive);
        List<ExportPoint> exports = site ? energy.siteExports(siteId, from, to, resolution) : energy.exports(deviceId, from, to, resolution);
        return new AnalyticsReport(metered.name(), resolution, analysis, trend, before, ranking, ExportPoint.alignedTo(trend, exports),
                site ? energy.siteExport(siteId, from, to) : energy.deviceExport(deviceId, from, to));
    }

    /** Peak, base load, time-of-use shares and completeness of [from, to) alone, as a report shows them. */
    public PeriodProfile profile(Metered metered, Instant from, Instant to, String currency) {
        return PeriodProfile.of(usage.quarters(metered.deviceRowIds(), from, to), from, to, metered.zone(), currency);
    }

    public ConsumptionAnalysis of(Metered metered, Instant from, Instant to) {
        Duration length = Duration.between(from, to);
        if (length.compareTo(MAX_PERIOD) > 0) {
            throw Problem.invalid("to", "a period of at most 366 days, please");
        }
        ComparedPeriods periods = ComparedPeriods.of(from, to, metered.zone(), clock.instant());
        List<UsageQuarter> period = usage.quarters(metered.deviceRowIds(), from, to);
        List<UsageQuarter> previous = usage.quarters(metered.deviceRowIds(), periods.previousFrom(), periods.previousUntil());
        Function<LocalDate, StandingCharges.Day> standing = energy.standingCharges(metered);
        Map<LocalDate, BigDecimal> charges = new TreeMap<>();
        String currency = null;
        // days not yet begun owe nothing yet
        LocalDate today = LocalDate.now(clock.withZone(metered.zone()));
        LocalDate end = to.atZone(metered.zone()).toLocalDate();
        LocalDate last = end.isAfter(today) ? today : end;
        for (LocalDate day = periods.previousFrom().atZone(metered.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            StandingCharges.Day charge = standing.apply(day);
            if (charge.amount() != null) {
                charges.put(day, charge.amount());
                currency = Objects.requireNonNullElse(currency, charge.currency());
            }
        }
        return ConsumptionAnalysis.of(period, previous, periods, metered.zone(), metered.floorAreaM2(), currency, charges);
    }
}
