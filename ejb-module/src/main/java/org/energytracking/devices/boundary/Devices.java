package org.energytracking.devices.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.energytracking.cluster.control.Evictions;
import org.energytracking.devices.control.DeviceDirectory;
import org.energytracking.devices.control.DeviceLookup;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceDetails;
import org.energytracking.devices.entity.DeviceQuery;
import org.energytracking.devices.entity.MeteringChanged;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Secret;
import org.energytracking.kernel.Problem;
import org.energytracking.sites.control.SiteAccess;
import org.energytracking.sites.entity.Site;

/** Registering, changing and removing devices, within the sites the caller may act on. */
@Stateless
public class Devices {

    private static final Logger LOG = Logger.getLogger(Devices.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    DeviceDirectory directory;
    @Inject
    Evictions evictions;
    @Inject
    DeviceLookup devices;
    @Inject
    CurrentCaller current;
    @Inject
    SiteAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Event<MeteringChanged> meteringChanged;

    private final Clock clock = Clock.systemUTC();

    /** A registered device and its MQTT password, which exists only in this answer. */
    public record Registration(Device device, Secret mqttSecret) {
    }

    /** Registers the device on the site, or on the caller's personal site when none is given. */
    public Registration register(String deviceId, DeviceDetails details, Long siteId, ClientInfo client) {
        if (!Device.isValidId(deviceId)) {
            throw Problem.invalid("device_id", "device_id must be 1-64 letters, digits, '-' or '_'");
        }
        long site = siteId != null ? siteId : personalSite();
        // Checked here, not by @Requires: without a site_id the site is known only now.
        access.require(site, Permission.DEVICES_WRITE, "site " + site);
        if (devices.find(deviceId).isPresent()) {
            throw Problem.conflict("device_id", "device " + deviceId + " already exists");
        }
        Device device = new Device(deviceId, details, site, current.get().userId(), clock.instant());
        Secret secret = device.issueMqttSecret(clock.instant());
        em.persist(device);
        em.flush();
        directory.registered(device);
        audit.record(AuditAction.DEVICE_CREATED, "device:" + deviceId, client, "site " + site);
        LOG.info(() -> "Registered device " + deviceId + " on site " + site);
        return new Registration(device, secret);
    }

    public List<Device> list(int offset, int limit) {
        Optional<List<Long>> sites = access.sitesAllowing(Permission.DEVICES_READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return List.of();
        }
        var query = sites.isEmpty() ? em.createNamedQuery(Device.ALL, Device.class)
                : em.createNamedQuery(Device.IN_SITES, Device.class).setParameter("siteIds", sites.get());
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** One page of the devices the caller may see, filtered and sorted in the database. */
    public List<Device> page(DeviceQuery query, int offset, int limit) {
        return typed(query, "SELECT d", true, Device.class)
                .map(q -> q.setFirstResult(offset).setMaxResults(limit).getResultList()).orElse(List.of());
    }

    public long count(DeviceQuery query) {
        return typed(query, "SELECT COUNT(d)", false, Long.class).map(TypedQuery::getSingleResult).orElse(0L);
    }

    private <T> Optional<TypedQuery<T>> typed(DeviceQuery query, String select, boolean ordered, Class<T> type) {
        Optional<List<Long>> sites = access.sitesAllowing(Permission.DEVICES_READ);
        if (sites.isPresent() && sites.get().isEmpty()) {
            return Optional.empty();
        }
        TypedQuery<T> typed = em.createQuery(query.jpql(select, sites.isPresent(), ordered), type);
        sites.ifPresent(ids -> typed.setParameter("siteIds", ids));
        if (query.text() != null) {
            typed.setParameter("text", query.pattern());
        }
        if (query.siteId() != null) {
            typed.setParameter("siteId", query.siteId());
        }
        return Optional.of(typed);
    }

    /**
     * The device if the caller may do this with it: 404 if they cannot see it, 403 if they only see it.
     * For callers whose permission depends on what they do next (read or import readings, rebuild).
     */
    public Device find(String deviceId, Permission permission) {
        Device device = devices.device(deviceId);
        access.require(device.siteId(), permission, "device " + deviceId);
        return device;
    }

    /** The device's channels (export counter, phases, further relays), as the ingest path created them. */
    @Requires("devices:read")
    public List<Device> channels(@Requires.Device String deviceId) {
        Device device = devices.device(deviceId);
        return em.createNamedQuery(Device.CHANNELS, Device.class).setParameter("parentId", device.id()).getResultList();
    }

    @Requires("devices:write")
    public Device update(@Requires.Device String deviceId, DeviceDetails details, Long siteId) {
        Device device = devices.device(deviceId);
        boolean moved = siteId != null && !siteId.equals(device.siteId());
        if (moved) {
            access.require(siteId, Permission.DEVICES_WRITE, "site " + siteId);
            device.moveTo(siteId, clock.instant());
        }
        DeviceDetails before = device.details();
        device.update(details, clock.instant());
        // the ingest path reads the protocol, zone and key mapping again, here and on the other instances
        directory.forget(deviceId);
        evictions.record(DeviceDirectory.CACHE, deviceId);
        boolean remeter = !before.timezone().equals(details.timezone())
                || !Objects.equals(before.counterMaxWh(), details.counterMaxWh());
        if (remeter || moved) {
            meteringChanged.fire(new MeteringChanged(device.id(), remeter));
        }
        return device;
    }

    /** A new MQTT password; the previous one stops working for new connections. */
    @Requires("devices:write")
    public Secret issueMqttSecret(@Requires.Device String deviceId, ClientInfo client) {
        Device device = devices.device(deviceId);
        Secret secret = device.issueMqttSecret(clock.instant());
        audit.record(AuditAction.DEVICE_CREDENTIALS_ISSUED, "device:" + deviceId, client, null);
        return secret;
    }

    /** Removes the device with all its readings, and its channels with theirs. */
    @Requires("devices:delete")
    public void delete(@Requires.Device String deviceId, ClientInfo client) {
        Device device = devices.device(deviceId);
        int readings = 0;
        for (Device channel : em.createNamedQuery(Device.CHANNELS, Device.class).setParameter("parentId", device.id()).getResultList()) {
            readings += removeWithReadings(channel);
        }
        readings += removeWithReadings(device);
        directory.forget(deviceId);
        evictions.record(DeviceDirectory.CACHE, deviceId);
        int removed = readings;
        audit.record(AuditAction.DEVICE_DELETED, "device:" + deviceId, client, removed + " readings");
        LOG.info(() -> "Deleted device " + deviceId + " with " + removed + " readings");
    }

    private int removeWithReadings(Device device) {
        int readings = em.createNativeQuery("DELETE FROM reading WHERE device_id = ?1")
                .setParameter(1, device.id()).executeUpdate();
        for (String rollups : List.of("rollup_15m", "rollup_hour", "rollup_day", "rollup_dirty")) {
            em.createNativeQuery("DELETE FROM " + rollups + " WHERE device_id = ?1").setParameter(1, device.id()).executeUpdate();
        }
        em.remove(device);
        return readings;
    }

    private long personalSite() {
        return em.createNamedQuery(Site.PERSONAL, Site.class).setParameter("userId", current.get().userId())
                .getResultStream().findFirst().map(Site::id)
                .orElseThrow(() -> Problem.invalid("site_id", "you have no personal site; name a site_id"));
    }
}
