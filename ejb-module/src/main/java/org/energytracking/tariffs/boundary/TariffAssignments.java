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
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;
import org.energytracking.problems.Problem;
import org.energytracking.sites.control.SiteAccess;
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
    Devices devices;
    @Inject
    SiteAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Event<TariffChanged> changed;

    private final Clock clock = Clock.systemUTC();

    /** The device's own assignments by date (not its site's). */
    public List<TariffAssignment> ofDevice(Caller caller, String deviceId) {
        return timeline(TariffAssignment.OF_DEVICE, devices.find(caller, deviceId, Permission.DEVICES_READ).id());
    }

    public List<TariffAssignment> ofSite(Caller caller, long siteId) {
        return timeline(TariffAssignment.OF_SITE, site(caller, siteId, Permission.SITES_READ));
    }

    /** Assigns the tariff (null: none of the device's own, so its site's applies) from that date on. */
    public List<TariffAssignment> assignToDevice(Caller caller, String deviceId, Long tariffId, LocalDate from, ClientInfo client) {
        Device device = devices.find(caller, deviceId, Permission.DEVICES_WRITE);
        requireVisible(caller, tariffId);
        List<TariffAssignment> timeline = timeline(TariffAssignment.OF_DEVICE, device.id());
        put(caller, timeline, TariffAssignment.ofDevice(device.id(), from), tariffId);
        changed.fire(new TariffChanged(from, Set.of(), Set.of(device.id())));
        audit.record(caller, AuditAction.TARIFF_ASSIGNED, "device:" + deviceId, client, describe(tariffId, from));
        return timeline(TariffAssignment.OF_DEVICE, device.id());
    }

    /** Assigns the tariff (null: none) to the site from that date on. */
    public List<TariffAssignment> assignToSite(Caller caller, long siteId, Long tariffId, LocalDate from, ClientInfo client) {
        site(caller, siteId, Permission.SITES_WRITE);
        requireVisible(caller, tariffId);
        List<TariffAssignment> timeline = timeline(TariffAssignment.OF_SITE, siteId);
        put(caller, timeline, TariffAssignment.ofSite(siteId, from), tariffId);
        changed.fire(new TariffChanged(from, Set.of(siteId), Set.of()));
        audit.record(caller, AuditAction.TARIFF_ASSIGNED, "site:" + siteId, client, describe(tariffId, from));
        return timeline(TariffAssignment.OF_SITE, siteId);
    }

    private void put(Caller caller, List<TariffAssignment> timeline, TariffAssignment fresh, Long tariffId) {
        TariffAssignment same = timeline.stream().filter(a -> a.validFrom().equals(fresh.validFrom())).findFirst().orElse(null);
        if (same != null) {
            same.assign(tariffId, caller.userId(), clock.instant());
        } else {
            em.persist(fresh.assign(tariffId, caller.userId(), clock.instant()));
        }
        em.flush();
    }

    private long site(Caller caller, long siteId, Permission permission) {
        access.require(caller, siteId, permission, "site " + siteId);
        if (em.find(Site.class, siteId) == null) {
            throw Problem.notFound("no site " + siteId);
        }
        return siteId;
    }

    private void requireVisible(Caller caller, Long tariffId) {
        Tariff tariff = tariffId == null ? null : em.find(Tariff.class, tariffId);
        if (tariffId != null && (tariff == null || !tariff.isVisibleTo(caller))) {
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
