package org.energytracking.devices.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.energytracking.devices.control.DeviceDirectory;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceDetails;
import org.energytracking.problems.Problem;

/** Registering, changing and removing devices. */
@Stateless
public class Devices {

    private static final Logger LOG = Logger.getLogger(Devices.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    DeviceDirectory directory;

    private final Clock clock = Clock.systemUTC();

    public Device register(String deviceId, DeviceDetails details) {
        if (!Device.isValidId(deviceId)) {
            throw Problem.invalid("device_id", "device_id must be 1-64 letters, digits, '-' or '_'");
        }
        if (lookup(deviceId) != null) {
            throw Problem.conflict("device_id", "device " + deviceId + " already exists");
        }
        Device device = new Device(deviceId, details, clock.instant());
        em.persist(device);
        em.flush();
        directory.registered(deviceId, device.id());
        LOG.info(() -> "Registered device " + deviceId);
        return device;
    }

    public List<Device> list(int offset, int limit) {
        return em.createNamedQuery(Device.ALL, Device.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Device find(String deviceId) {
        Device device = lookup(deviceId);
        if (device == null) {
            throw Problem.notFound("no device " + deviceId);
        }
        return device;
    }

    public Device update(String deviceId, DeviceDetails details) {
        Device device = find(deviceId);
        device.update(details, clock.instant());
        return device;
    }

    /** Removes the device with all its readings. */
    public void delete(String deviceId) {
        Device device = find(deviceId);
        int readings = em.createNativeQuery("DELETE FROM reading WHERE device_id = ?1")
                .setParameter(1, device.id()).executeUpdate();
        em.remove(device);
        directory.forget(deviceId);
        LOG.info(() -> "Deleted device " + deviceId + " with " + readings + " readings");
    }

    private Device lookup(String deviceId) {
        if (!Device.isValidId(deviceId)) {
            return null;
        }
        return em.createNamedQuery(Device.BY_DEVICE_ID, Device.class).setParameter("deviceId", deviceId)
                .getResultStream().findFirst().orElse(null);
    }
}
