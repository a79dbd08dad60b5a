package org.energytracking.metering.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.devices.entity.Device;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.metering.entity.Consumption;
import org.energytracking.metering.entity.MeterSample;
import org.energytracking.metering.entity.QuarterHour;
import org.energytracking.metering.entity.QuarterHours;
import org.energytracking.metering.entity.RollupsChanged;
import org.energytracking.tariffs.control.TariffPlans;
import org.energytracking.tariffs.entity.TariffPlan;

/**
 * Recomputes a device's rollups over a span from its readings, meter events and tariff. Runs in
 * the caller's transaction; callers make sure only one re-roll of a device runs at a time.
 */
@Dependent
public class Rerolls {

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    @Inject
    TariffPlans tariffs;
    @Inject
    Event<RollupsChanged> changed;
    @Inject
    @ConfigProperty(name = "metering.counter-reach")
    Duration counterReach;

    /**
     * Re-rolls what new readings between {@code fromTs} and {@code toTs} change: every quarter hour
     * from the reading before them to the reading after them, whose intervals they split.
     */
    public void afterNewReadings(Device device, long fromTs, long toTs) {
        try (Connection connection = dataSource.getConnection()) {
            MeterHistory history = new MeterHistory(connection, device.id());
            long reach = counterReach.toMillis();
            long power = Consumption.MAX_POWER_GAP_MS;
            long start = Stream.of(fromTs, history.nearest("energy_wh", false, fromTs, reach),
                    history.nearest("power_w", false, fromTs, power)).filter(t -> t != null).min(Comparator.naturalOrder()).get();
            long end = Stream.of(toTs, history.nearest("energy_wh", true, toTs + 1, reach),
                    history.nearest("power_w", true, toTs + 1, power)).filter(t -> t != null).max(Comparator.naturalOrder()).get();
            reroll(connection, device, QuarterHours.floor(start), QuarterHours.floor(end) + QuarterHour.MILLIS);
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not roll up readings: " + e.getMessage(), e);
        }
    }

    /** Recomputes the quarter hours of [from, to) (quarter-aligned) and everything summed from them. */
    public void reroll(Device device, long from, long to) {
        try (Connection connection = dataSource.getConnection()) {
            reroll(connection, device, from, to);
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not roll up readings: " + e.getMessage(), e);
        }
    }

    /** Prices the stored quarter hours of [from, to) again, after a tariff change. */
    public void reprice(Device device, long from, long to) {
        try (Connection connection = dataSource.getConnection()) {
            price(new RollupTables(connection, device.id()), device, from, to);
        } catch (SQLException e) {
            throw new StorageUnavailableException("could not price rollups: " + e.getMessage(), e);
        }
    }

    private void reroll(Connection connection, Device device, long from, long to) throws SQLException {
        MeterHistory history = new MeterHistory(connection, device.id());
        List<MeterSample> samples = history.around(from, to, counterReach.toMillis(), Consumption.MAX_POWER_GAP_MS);
        long first = samples.stream().mapToLong(MeterSample::ts).min().orElse(from);
        long last = samples.stream().mapToLong(MeterSample::ts).max().orElse(to);
        Consumption consumption = Consumption.of(samples, history.replacements(first, last),
                device.details().counterMaxWh());
        RollupTables tables = new RollupTables(connection, device.id());
        tables.replaceQuarters(from, to, consumption.quarterHours(from, to), device.zone());
        new DetectedBreaks(connection, device.id()).replace(first, last, consumption.breaks());
        price(tables, device, from, to);
    }

    private void price(RollupTables tables, Device device, long from, long to) throws SQLException {
        ZoneId zone = device.zone();
        // a channel is priced by its device's tariff; an export channel only by the feed-in credit (Energy.exports)
        TariffPlan plan = device.isExportChannel() ? TariffPlan.none()
                : tariffs.forDevice(device.parentId().orElse(device.id()), device.siteId() == null ? -1 : device.siteId());
        long priceTo = to;
        double monthToDate = 0;
        if (plan.hasTiers()) {
            // a tier position depends on the month's energy before it: price the rest of the month too
            long monthStart = monthStart(from, zone, 0);
            monthToDate = tables.energyWh(monthStart, from);
            priceTo = Math.max(to, monthStart(to - 1, zone, 1));
        }
        tables.price(plan.price(tables.storedQuarters(from, priceTo), zone, monthToDate));
        tables.sumHoursAndDays(from, priceTo, zone);
        changed.fire(new RollupsChanged(device.id(), from, priceTo));
    }

    private static long monthStart(long ts, ZoneId zone, int monthsLater) {
        ZonedDateTime local = Instant.ofEpochMilli(ts).atZone(zone);
        return local.toLocalDate().withDayOfMonth(1).plusMonths(monthsLater).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
