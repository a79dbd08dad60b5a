package org.energytracking.metering.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
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

    /** The same without standing charges: the energy's own cost, as a report lists it per device. */
    public List<EnergyPoint> energyCostOnly(Metered metered, Instant from, Instant to, Resolution resolution) {
        return series(metered, from, to, resolution, day -> StandingCharges.Day.NONE);
    }

    private List<EnergyPoint> series(Metered metered, Instant from, Instant to, Resolution resolution,
                                     Function<LocalDate, StandingCharges.Day> standing) {
        if (!from.isBefore(to)) {
            throw Problem.invalid("to", "to must be after from");
        }
        List<Bucket> buckets = resolution.buckets(from, to, metered.zone());
        if (buckets.size() > MAX_BUCKETS) {
            throw Problem.invalid("resolution", "that is " + buckets.size() + " buckets, more than " + MAX_BUCKETS
                    + "; ask for a shorter range or a coarser resolution");
        }
        Instant start = buckets.get(0).start();
        Instant end = buckets.get(buckets.size() - 1).end();
        return EnergySeries.of(buckets, resolution, metered.zone(),
                reads.rows(metered.deviceRowIds(), resolution, start, end, metered.zone()),
                Math.max(1, metered.deviceRowIds().size()), standing, LocalDate.now(clock.withZone(metered.zone())));
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
