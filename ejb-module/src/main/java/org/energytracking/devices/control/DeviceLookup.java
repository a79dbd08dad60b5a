package org.energytracking.devices.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.energytracking.devices.entity.Device;
import org.energytracking.kernel.Problem;

/**
 * A device by its external id, for boundary methods whose {@code @Requires} has already checked the
 * caller's access to it. It checks nothing itself: never hand out what it finds to anyone else.
 */
@Dependent
public class DeviceLookup {

    @PersistenceContext
    EntityManager em;

    /** The device; 404 when there is none. */
    public Device device(String deviceId) {
        return find(deviceId).orElseThrow(() -> Problem.notFound("no device " + deviceId));
    }

    public Optional<Device> find(String deviceId) {
        if (!Device.isValidReference(deviceId)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Device.BY_DEVICE_ID, Device.class).setParameter("deviceId", deviceId)
                .getResultStream().findFirst();
    }
}
