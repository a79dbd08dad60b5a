package org.energytracking.metering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;

/** Why a device's numbers are what they are: a declared meter replacement, or a detected reset or rollover. */
@Entity
@Table(name = "meter_event")
@NamedQuery(name = MeterEvent.OF_DEVICE, query = "SELECT e FROM MeterEvent e WHERE e.deviceRowId = :device"
        + " AND e.ts >= :from AND e.ts < :to ORDER BY e.ts, e.id")
public class MeterEvent {

    public static final String OF_DEVICE = "MeterEvent.ofDevice";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "device_id")
    private long deviceRowId;
    private long ts;
    private String type;
    private boolean detected;
    @Column(name = "previous_wh")
    private Double previousWh;
    @Column(name = "new_wh")
    private double newWh;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected MeterEvent() {
    }

    /** A new meter (or a reset one) from {@code ts}: nothing is counted across it. */
    public static MeterEvent replacement(long deviceRowId, long ts, double newCounterWh, Instant now) {
        if (!(newCounterWh >= 0) || Double.isInfinite(newCounterWh)) {
            throw Problem.invalid("new_counter_wh", "new_counter_wh must be a number of Wh, 0 or more");
        }
        MeterEvent event = new MeterEvent();
        event.deviceRowId = deviceRowId;
        event.ts = ts;
        event.type = MeterEventType.REPLACEMENT.apiName();
        event.newWh = newCounterWh;
        event.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        return event;
    }

    public Long id() {
        return id;
    }

    public long deviceRowId() {
        return deviceRowId;
    }

    public long ts() {
        return ts;
    }

    public MeterEventType type() {
        return MeterEventType.parse(type);
    }

    public boolean detected() {
        return detected;
    }

    public Double previousWh() {
        return previousWh;
    }

    public double newWh() {
        return newWh;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
