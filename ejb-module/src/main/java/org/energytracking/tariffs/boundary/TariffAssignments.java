package org.energytracking.tariffs.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.energytracking.devices.control.DeviceLookup;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.kernel.Problem;
import org.energytracking.sites.entity.Site;
import org.energytracking.tariffs.entity.Tariff;
import org.energytracking.tariffs.entity.TariffAssignment;
import org.energytracking.tariffs.entity.TariffChanged;

/**
 * Which tariff applies to a site or a device from which date. Assigning needs {@code devices:write}
 * on the device or {@code sites:write} on the site, and a tariff the caller can see; an assignment
 * on a date that already has one replaces it. Metering hears of each ({@link TariffChanged}).
 */
@Stateless
public class TariffAssignments {

    @PersistenceContext
    EntityManager em;
    @Inject
    DeviceLookup devices;
    @Inject
    CurrentCaller current;
    @Inject
    AuditTrail audit;
    @Inject
    Event<TariffChanged> changed;

    private final Clock clock = Clock.systemUTC();

    /** The device's own assignments by date (not its site's). */
    @Requires("devices:read")
    public List<TariffAssignment> ofDevice(@Requires.Device String deviceId) {
        return timeline(TariffAssignment.OF_DEVICE, devices.device(deviceId).id());
    }

    @Requires("sites:read")
    public List<TariffAssignment> ofSite(@Requires.Site long siteId) {
        return timeline(TariffAssignment.OF_SITE, existing(siteId));
    }

    /** Assigns the tariff (null: none of the device's own, so its site's applies) from that date on. */
    @Requires("devices:write")
    public List<TariffAssignment> assignToDevice(@Requires.Device String deviceId, Long tariffId, LocalDate from, ClientInfo client) {
        Device device = devices.device(deviceId);
        requireVisible(tariffId);
        List<TariffAssignment> timeline = timeline(TariffAssignment.OF_DEVICE, device.id());
        put(timeline, TariffAssignment.ofDevice(device.id(), from), tariffId);
        changed.fire(new TariffChanged(from, Set.of(), Set.of(device.id())));
        audit.record(AuditAction.TARIFF_ASSIGNED, "device:" + deviceId, client, describe(tariffId, from));
        return timeline(TariffAssignment.OF_DEVICE, device.id());
    }

    /** Assigns the tariff (null: none) to the site from that date on. */
    @Requires("sites:write")
    public List<TariffAssignment> assignToSite(@Requires.Site long siteId, Long tariffId, LocalDate from, ClientInfo client) {
        existing(siteId);
        requireVisible(tariffId);
        List<TariffAssignment> timeline = timeline(TariffAssignment.OF_SITE, siteId);
        put(timeline, TariffAssignment.ofSite(siteId, from), tariffId);
        changed.fire(new TariffChanged(from, Set.of(siteId), Set.of()));
        audit.record(AuditAction.TARIFF_ASSIGNED, "site:" + siteId, client, describe(tariffId, from));
        return timeline(TariffAssignment.OF_SITE, siteId);
    }

    private void put(List<TariffAssignment> timeline, TariffAssignment fresh, Long tariffId) {
        long userId = current.get().userId();
        TariffAssignment same = timeline.stream().filter(a -> a.validFrom().equals(fresh.validFrom())).findFirst().orElse(null);
        if (same != null) {
            same.assign(tariffId, userId, clock.instant());
        } else {
            em.persist(fresh.assign(tariffId, userId, clock.instant()));
        }
        em.flush();
    }

    private long existing(long siteId) {
        if (em.find(Site.class, siteId) == null) {
            throw Problem.notFound("no site " + siteId);
        }
        return siteId;
    }

    private void requireVisible(Long tariffId) {
        Tariff tariff = tariffId == null ? null : em.find(Tariff.class, tariffId);
        if (tariffId != null && (tariff == null || !tariff.isVisibleTo(current.get()))) {
            throw Problem.invalid("tariff_id", "no tariff " + tariffId);
        }
    }

    private List<TariffAssignment> timeline(String query, long id) {
        return em.createNamedQuery(query, TariffAssignment.class).setParameter("id", id).getResultList();
    }

    private static String describe(Long tariffId, LocalDate from) {
        return (tariffId == null ? "no tariff" : "tariff " + tariffId) + " from " + from;
    }
}
