package org.energytracking.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** One simulated device: its id, MQTT topic, load profile and the ts of its last reading. */
final class SimulatedDevice {

    private final String deviceId;
    private final String topic;
    private final LoadProfile profile;
    private long lastTs;

    /** {@code lastTs}: the ts before the first reading (the first batch is spread over (lastTs, now]). */
    SimulatedDevice(String deviceId, LoadProfile profile, long lastTs) {
        this.deviceId = deviceId;
        this.topic = topic(deviceId);
        this.profile = profile;
        this.lastTs = lastTs;
    }

    static String topic(String deviceId) {
        return "devices/" + deviceId + "/readings";
    }

    String deviceId() {
        return deviceId;
    }

    String topic() {
        return topic;
    }

    double energyWh() {
        return profile.energyWh();
    }

    /**
     * {@code count} readings spread evenly over (last ts, now], as a device that samples and uploads in batches
     * would send them; ts values strictly increase even if the clock steps back.
     */
    List<Reading> readingsUntil(long now, int count) {
        List<Reading> readings = new ArrayList<>(count);
        long from = lastTs;
        long span = Math.max(0, now - from);
        for (int i = 1; i <= count; i++) {
            long ts = Math.max(from + span * i / count, lastTs + 1);
            readings.add(profile.next(ts));
            lastTs = ts;
        }
        return readings;
    }

    /** The next message: a flat object for one reading, an array for more. */
    byte[] payloadUntil(long now, int count) {
        return payloadUntil(now, count, UnaryOperator.identity());
    }

    /** The next message, each reading as {@code change} makes it (a spike, say). */
    byte[] payloadUntil(long now, int count, UnaryOperator<Reading> change) {
        List<Reading> readings = readingsUntil(now, count).stream().map(change).toList();
        return count == 1 ? ReadingJson.single(readings.get(0)) : ReadingJson.batch(readings);
    }
}
