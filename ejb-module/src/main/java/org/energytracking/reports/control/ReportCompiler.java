package org.energytracking.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.energytracking.alerts.entity.Alert;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.PeriodProfile;
import org.energytracking.devices.entity.Device;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.control.MeteredScopes;
import org.energytracking.metering.entity.StandingCharges;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.reports.entity.AlertLine;
import org.energytracking.reports.entity.DeviceRows;
import org.energytracking.reports.entity.ReportContent;
import org.energytracking.reports.entity.ReportPeriod;
import org.energytracking.reports.entity.ReportRun;
import org.energytracking.reports.entity.TableRow;
import org.energytracking.reports.entity.Totals;
import org.energytracking.sites.entity.Site;

/**
 * Works out a run's content from the stored rollups, through the same controls the API answers from (so its
 * totals are the API's to the Wh and the cent); never from readings. A whole site's cost holds its standing
 * charges; chosen devices' cost is their energy's own.
 */
@Dependent
public class ReportCompiler {

    @PersistenceContext
    EntityManager em;
    @Inject
    Energy energy;
    @Inject
    Analytics analytics;
    @Inject
    MeteredScopes scopes;

    public ReportContent compile(ReportRun run) {
        Site site = em.find(Site.class, run.siteId());
        ZoneId zone = ZoneId.of(site.timezone());
        Metered whole = scopes.site(site);
        List<Long> chosen = run.deviceRowIds();
        Metered metered = chosen.isEmpty() ? whole
                : new Metered(site.name(), zone, chosen.stream().filter(whole.deviceRowIds()::contains).toList(), site.id(), null, null);
        ReportPeriod period = run.period();
        // the standing charges are looked up once for the three periods
        Function<LocalDate, StandingCharges.Day> standing = metered.isSite() ? energy.standingCharges(metered) : day -> StandingCharges.Day.NONE;
        List<TableRow> table = rows(metered, period, standing);
        List<TableRow> previousTable = rows(metered, period.previous(), standing);
        List<DeviceRows> devices = devices(metered, period, zone);
        Totals totals = Totals.of(period, table);
        PeriodProfile profile = analytics.profile(metered, period.from(zone), period.to(zone), totals.currency());
        return new ReportContent(run.name(), site.name(), chosen.isEmpty() ? null
                : devices.stream().map(DeviceRows::name).collect(Collectors.joining(", ")), period, zone, run.sections(),
                totals, Totals.of(period.previous(), previousTable),
                Totals.of(period.yearBefore(), rows(metered, period.yearBefore(), standing)), table, previousTable, devices,
                ranked(devices), profile.windowShares(), profile.peakDemand(), profile.baseLoadW(),
                profile.completenessPercent(), alerts(site.id(), period, zone), metered.floorAreaM2());
    }

    private List<TableRow> rows(Metered metered, ReportPeriod period, Function<LocalDate, StandingCharges.Day> standing) {
        if (metered.deviceRowIds().isEmpty()) {
            return List.of();
        }
        return rows(energy.energy(metered, period.from(metered.zone()), period.to(metered.zone()), resolution(period), standing),
                metered.zone());
    }

    /** Each device's own table, all read in one query. */
    private List<DeviceRows> devices(Metered metered, ReportPeriod period, ZoneId zone) {
        if (metered.deviceRowIds().isEmpty()) {
            return List.of();
        }
        Map<Long, List<EnergyPoint>> series = energy.energyCostOnlyByDevice(metered.deviceRowIds(), zone, period.from(zone),
                period.to(zone), resolution(period));
        Map<Long, Device> byId = em.createQuery("SELECT d FROM Device d WHERE d.id IN :ids", Device.class)
                .setParameter("ids", metered.deviceRowIds()).getResultStream().collect(Collectors.toMap(Device::id, d -> d));
        return metered.deviceRowIds().stream().map(id -> new DeviceRows(byId.get(id).deviceId(), byId.get(id).details().name(),
                rows(series.get(id), zone))).toList();
    }

    private static List<TableRow> rows(List<EnergyPoint> points, ZoneId zone) {
        return points.stream().map(point -> new TableRow(point.bucket().localStart(zone).toLocalDate(),
                point.displayEnergyWh() == null ? null : point.energyWh(), point.cost(), point.currency(), point.powerMaxW(),
                point.complete())).toList();
    }

    private static List<DeviceTotal> ranked(List<DeviceRows> devices) {
        return devices.stream().map(device -> {
            List<TableRow> rows = device.rows();
            return new DeviceTotal(device.deviceId(), device.name(),
                    rows.stream().filter(row -> row.energyWh() != null).mapToDouble(TableRow::energyWh).sum(),
                    rows.stream().map(TableRow::cost).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null),
                    rows.stream().map(TableRow::currency).filter(Objects::nonNull).findFirst().orElse(null));
        }).sorted(Comparator.comparingDouble(DeviceTotal::energyWh).reversed()).toList();
    }

    private static Resolution resolution(ReportPeriod period) {
        return period.byMonths() ? Resolution.MONTH : Resolution.DAY;
    }

    private List<AlertLine> alerts(long siteId, ReportPeriod period, ZoneId zone) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.siteId = :site AND a.openedAt >= :from AND a.openedAt < :to ORDER BY a.openedAt", Alert.class)
                .setParameter("site", siteId).setParameter("from", period.from(zone)).setParameter("to", period.to(zone))
                .setMaxResults(200).getResultStream()
                .map(alert -> new AlertLine(alert.openedAt().atZone(zone).toOffsetDateTime(), alert.severity().apiName(),
                        alert.text(em.find(AlertRule.class, alert.ruleId())).headline(), alert.state().apiName()))
                .toList();
    }
}
