package org.energytracking.devices;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.energytracking.metering.entity.MeterEvent;

/** A meter event in the device's zone: a declared replacement or a detected reset or rollover. */
public record EventRow(long id, ZonedDateTime at, String type, boolean detected, Double previousWh, double newWh)
        implements Serializable {

    static EventRow of(MeterEvent event, ZoneId zone) {
        return new EventRow(event.id(), Instant.ofEpochMilli(event.ts()).atZone(zone), event.type().apiName(), event.detected(),
                event.previousWh(), event.newWh());
    }
}
