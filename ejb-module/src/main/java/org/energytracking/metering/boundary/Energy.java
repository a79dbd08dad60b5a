package org.energytracking.metering.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.energytracking.devices.control.DeviceLookup;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.control.Requires;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.control.DeviceTotals;
import org.energytracking.metering.control.MeteredScopes;
import org.energytracking.metering.control.RollupReads;
import org.energytracking.metering.entity.Bucket;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.EnergySeries;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.metering.entity.StandingCharges;
import org.energytracking.sites.entity.Site;
import org.energytracking.tariffs.control.TariffPlans;
import org.energytracking.tariffs.entity.TariffPlan;

/** kWh, cost and power of a device or a site by 15 minutes, hour, day or month, from the rollups. */
@Stateless
public class Energy {

    /** A year by 15 minutes is 35,040 buckets; anything beyond asks for a coarser resolution. */
    static final int MAX_BUCKETS = 40_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    DeviceLookup devices;
    @Inject
    RollupReads reads;
    @Inject
    TariffPlans tariffs;
    @Inject
    DeviceTotals totals;
    @Inject
    MeteredScopes scopes;

    private final Clock clock = Clock.systemUTC();

    @Requires("readings:read")
    public Metered device(@Requires.Device String deviceId) {
        Device device = devices.device(deviceId);
        return scopes.device(device, device.zone(), device.siteId() == null ? null : em.find(Site.class, device.siteId()));
    }

    @Requires("readings:read")
    public Metered site(@Requires.Site long siteId) {
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw Problem.notFound("no site " + siteId);
        }
        return scopes.site(site);
    }

    public List<EnergyPoint> energy(Metered metered, Instant from, Instant to, Resolution resolution) {
        return series(metered, from, to, resolution, standingCharges(metered));
    }

    /** The same with the standing charges already looked up ({@link #standingCharges}), for several periods of one scope. */
    public List<EnergyPoint> energy(Metered metered, Instant from, Instant to, Resolution resolution,
                                    Function<LocalDate, StandingCharges.Day> standing) {
        return series(metered, from, to, resolution, standing);
    }

    /** The same without standing charges: the energy's own cost, as a report lists it per device. */
    public List<EnergyPoint> energyCostOnly(Metered metered, Instant from, Instant to, Resolution resolution) {
        return series(metered, from, to, resolution, day -> StandingCharges.Day.NONE);
    }

    /** {@link #energyCostOnly} of each device, its days in {@code zone}, read in one query. */
    public Map<Long, List<EnergyPoint>> energyCostOnlyByDevice(List<Long> deviceRowIds, ZoneId zone, Instant from, Instant to,
                                                               Resolution resolution) {
        List<Bucket> buckets = buckets(from, to, resolution, zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<Long, List<EnergyPoint>> series = new LinkedHashMap<>();
        reads.rowsByDevice(deviceRowIds, resolution, buckets.get(0).start(), buckets.get(buckets.size() - 1).end(), zone)
                .forEach((id, rows) -> series.put(id, EnergySeries.of(buckets, resolution, zone, rows, 1,
                        day -> StandingCharges.Day.NONE, today)));
        return series;
    }

    private List<EnergyPoint> series(Metered metered, Instant from, Instant to, Resolution resolution,
                                     Function<LocalDate, StandingCharges.Day> standing) {
        List<Bucket> buckets = buckets(from, to, resolution, metered.zone());
        Instant start = buckets.get(0).start();
        Instant end = buckets.get(buckets.size() - 1).end();
        return EnergySeries.of(buckets, resolution, metered.zone(),
                reads.rows(metered.deviceRowIds(), resolution, start, end, metered.zone()),
                Math.max(1, metered.deviceRowIds().size()), standing, LocalDate.now(clock.withZone(metered.zone())));
    }

    private static List<Bucket> buckets(Instant from, Instant to, Resolution resolution, ZoneId zone) {
        if (!from.isBefore(to)) {
            throw Problem.invalid("to", "to must be after from");
        }
        List<Bucket> buckets = resolution.buckets(from, to, zone);
        if (buckets.size() > MAX_BUCKETS) {
            throw Problem.invalid("resolution", "that is " + buckets.size() + " buckets, more than " + MAX_BUCKETS
                    + "; ask for a shorter range or a coarser resolution");
        }
        return buckets;
    }

    /**
     * What the device (or a channel of one) exported to the grid per bucket (its export channel, {@code {id}:export},
     * {@code {id}:exporta} for channel {@code {id}:a}) and the credit at its tariff's feed-in price; empty when it
     * never reported an export counter.
     */
    @Requires("readings:read")
    public List<ExportPoint> exports(@Requires.Device String deviceId, Instant from, Instant to, Resolution resolution) {
        Device device = devices.device(deviceId);
        return devices.find(Device.exportIdOf(deviceId))
                .map(channel -> exports(device, channel, from, to, resolution)).orElse(List.of());
    }

    /** What the device exported over [from, to) and its credit; null when it never reported an export counter. */
    @Requires("readings:read")
    public ExportPoint deviceExport(@Requires.Device String deviceId, Instant from, Instant to) {
        List<ExportPoint> days = exports(deviceId, from, to, Resolution.DAY);
        return days.isEmpty() ? null : ExportPoint.sum(new Bucket(from, to), days);
    }

    /** What the site's devices exported over [from, to) and its credit, summed; null when none has an export counter. */
    @Requires("readings:read")
    public ExportPoint siteExport(@Requires.Site long siteId, Instant from, Instant to) {
        List<ExportPoint> days = siteExportsOf(siteId, from, to, Resolution.DAY);
        return days.isEmpty() ? null : ExportPoint.sum(new Bucket(from, to), days);
    }

    /** The site's export per bucket, its devices' export channels added up; empty when none has one. */
    @Requires("readings:read")
    public List<ExportPoint> siteExports(@Requires.Site long siteId, Instant from, Instant to, Resolution resolution) {
        Map<Instant, List<ExportPoint>> byBucket = siteExportsOf(siteId, from, to, resolution).stream()
                .collect(Collectors.groupingBy(point -> point.bucket().start(), TreeMap::new, Collectors.toList()));
        return byBucket.values().stream().map(points -> ExportPoint.sum(points.get(0).bucket(), points)).toList();
    }

    private List<ExportPoint> siteExportsOf(long siteId, Instant from, Instant to, Resolution resolution) {
        List<Device> channels = em.createNamedQuery(Device.EXPORT_CHANNELS_OF_SITE, Device.class).setParameter("siteId", siteId).getResultList();
        return channels.stream().flatMap(channel -> exports(em.find(Device.class, channel.parentId().orElseThrow()),
                channel, from, to, resolution).stream()).toList();
    }

    private List<ExportPoint> exports(Device device, Device channel, Instant from, Instant to, Resolution resolution) {
        // no site: the export channel owes no standing charge and is priced only by the feed-in credit
        Metered exported = scopes.device(channel, device.zone(), null);
        // a channel is priced by its device's tariff, as Rerolls prices its import
        TariffPlan plan = tariffs.forDevice(device.parentId().orElse(device.id()), device.siteId() == null ? -1 : device.siteId());
        List<EnergyPoint> buckets = energy(exported, from, to, resolution);
        List<EnergyPoint> days = resolution == Resolution.MONTH ? energy(exported, from, to, Resolution.DAY) : List.of();
        return ExportPoint.credited(buckets, days, device.zone(),
                day -> plan.periodOn(day).flatMap(period -> period.version().feedInPricePerKwh()));
    }

    /** The devices of what is metered by energy over the local days [from, toExclusive), most first. */
    public List<DeviceTotal> byDevice(Metered metered, LocalDate from, LocalDate toExclusive) {
        if (!from.isBefore(toExclusive)) {
            throw Problem.invalid("to", "to must be after from");
        }
        return totals.ranked(metered.deviceRowIds(), from, toExclusive);
    }

    /**
     * A device owes the standing charge of the tariff it is priced by; a site owes its own tariff's
     * once, plus those of devices with a tariff of their own, never one per device on the site tariff.
     */
    public Function<LocalDate, StandingCharges.Day> standingCharges(Metered metered) {
        List<TariffPlan> plans = metered.isSite()
                ? Stream.concat(Stream.of(tariffs.ofSiteOnly(metered.siteId())),
                        tariffs.ofDevicesOnly(metered.deviceRowIds()).stream()).toList()
                : List.of(tariffs.forDevice(metered.deviceRowIds().get(0),
                        metered.deviceSiteId() == null ? -1 : metered.deviceSiteId()));
        return day -> plans.stream().map(plan -> plan.standingCharge(day)
                        .map(charge -> new StandingCharges.Day(charge.amount(), charge.currency()))
                        .orElse(StandingCharges.Day.NONE))
                .reduce(StandingCharges.Day.NONE, StandingCharges.Day::plus);
    }
}
