package org.energytracking.anomalies.control;

import org.energytracking.devices.entity.Device;

/** Whom an anomaly alert is about: a device, or (no device) a site's total, whose alerts have subject key 0. */
record AnomalySubject(Long deviceRowId, String name) {

    static AnomalySubject of(Device device) {
        return new AnomalySubject(device.id(), device.details().name());
    }

    long key() {
        return deviceRowId == null ? 0 : deviceRowId;
    }
}
