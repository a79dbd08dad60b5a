package org.energytracking.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A household / plug power profile for one device: a night base load, daytime activity with a morning and a
 * larger evening peak, a cycling fridge and random appliance spikes (kettle, microwave, ...). Voltage sags
 * a little under load, current = power / voltage, the energy counter integrates power (trapezoid between
 * samples), and the room temperature follows the day between 20 and 25 °C. Not thread-safe: one per device.
 */
final class LoadProfile {

    private record Appliance(double watts, int minSeconds, int maxSeconds, double startsPerHourAtPeak) {
    }

    private record Running(long until, double watts) {
    }

    private static final List<Appliance> APPLIANCES = List.of(
            new Appliance(2000, 60, 180, 0.8),      // kettle
            new Appliance(900, 90, 300, 0.5),       // microwave
            new Appliance(1800, 300, 600, 0.15),    // hair dryer
            new Appliance(2200, 1800, 3600, 0.08),  // oven
            new Appliance(2000, 900, 1500, 0.05));  // washing machine heating
    static final int MAX_CONCURRENT_APPLIANCES = 2;

    private final Random random;
    private final ZoneRules zone;
    private final double scale;
    private final double baseWatts;
    private final double activityWatts;
    private final double fridgeWatts;
    private final long fridgePeriodMs;
    private final long fridgeOnMs;
    private final long fridgePhaseMs;
    private final double temperatureOffset;
    private final List<Running> running = new ArrayList<>(MAX_CONCURRENT_APPLIANCES);
    private long lastTs = Long.MIN_VALUE;
    private double lastPower;
    private double energyWh;
    private double temperatureDrift;

    LoadProfile(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone.getRules();
        this.scale = 0.5 + random.nextDouble();
        this.baseWatts = 60 + random.nextDouble() * 90;
        this.activityWatts = 250 + random.nextDouble() * 250;
        this.fridgeWatts = 90 + random.nextDouble() * 60;
        this.fridgePeriodMs = (long) ((35 + random.nextDouble() * 20) * 60_000);
        this.fridgeOnMs = (long) (fridgePeriodMs * (0.3 + random.nextDouble() * 0.15));
        this.fridgePhaseMs = (long) (random.nextDouble() * fridgePeriodMs);
        this.energyWh = random.nextDouble() * 50_000; // the meter has been counting for a while
        this.temperatureOffset = random.nextDouble() * 1.5 - 0.75;
    }

    /** Continues an energy counter from an earlier run; only before the first reading. */
    LoadProfile startingAt(double energyWh) {
        if (lastTs != Long.MIN_VALUE) {
            throw new IllegalStateException("the counter is already running");
        }
        this.energyWh = energyWh;
        return this;
    }

    double energyWh() {
        return energyWh;
    }

    /** The reading at {@code ts} (epoch ms); calls must have strictly increasing ts. */
    Reading next(long ts) {
        if (ts <= lastTs) {
            throw new IllegalArgumentException("ts must increase: " + ts + " after " + lastTs);
        }
        double dtSeconds = lastTs == Long.MIN_VALUE ? 0 : (ts - lastTs) / 1000.0;
        double hour = localHour(ts);
        double activity = activity(hour);
        startAppliances(ts, dtSeconds, activity);
        double power = scale * (baseWatts + activity * activityWatts) + fridge(ts) + appliances();
        power = Math.max(power * (1 + 0.03 * random.nextGaussian()), 1);
        if (dtSeconds > 0) {
            energyWh += (lastPower + power) / 2 * dtSeconds / 3600;
        }
        double voltage = clamp(232.5 - 2.5 * activity - power / 1000 * 0.8 + 0.7 * random.nextGaussian(), 216, 244);
        double temperature = temperature(hour, dtSeconds);
        lastTs = ts;
        lastPower = power;
        return new Reading(ts, power, voltage, power / voltage, energyWh, temperature);
    }

    /**
     * How busy the household is at a local hour (0..24): about 0.05 at night, 0.3 during the day,
     * about 1 at the morning peak (7:15) and about 1.45 at the evening peak (19:00).
     */
    static double activity(double hour) {
        return 0.05 + 0.25 * plateau(hour, 9, 17) + 1.0 * bump(hour, 7.25, 0.8) + 1.4 * bump(hour, 19, 1.5);
    }

    private double localHour(long ts) {
        int offsetSeconds = zone.getOffset(Instant.ofEpochMilli(ts)).getTotalSeconds();
        long localMs = ts + offsetSeconds * 1000L;
        return Math.floorMod(localMs, 86_400_000L) / 3_600_000.0;
    }

    private void startAppliances(long ts, double dtSeconds, double activity) {
        running.removeIf(r -> r.until() <= ts);
        if (dtSeconds <= 0) {
            return;
        }
        for (Appliance appliance : APPLIANCES) {
            double perSecond = appliance.startsPerHourAtPeak() * activity / 3600;
            if (running.size() < MAX_CONCURRENT_APPLIANCES && random.nextDouble() < 1 - Math.exp(-perSecond * dtSeconds)) {
                long start = ts - (long) (random.nextDouble() * dtSeconds * 1000);
                int seconds = appliance.minSeconds() + random.nextInt(appliance.maxSeconds() - appliance.minSeconds() + 1);
                long until = start + seconds * 1000L;
                if (until > ts) {
                    running.add(new Running(until, appliance.watts() * (0.95 + random.nextDouble() * 0.1)));
                }
            }
        }
    }

    private double appliances() {
        double sum = 0;
        for (Running r : running) {
            sum += r.watts();
        }
        return sum;
    }

    private double fridge(long ts) {
        return Math.floorMod(ts + fridgePhaseMs, fridgePeriodMs) < fridgeOnMs ? fridgeWatts : 0;
    }

    private double temperature(double hour, double dtSeconds) {
        temperatureDrift = clamp(temperatureDrift + 0.02 * random.nextGaussian() * Math.sqrt(dtSeconds / 60), -0.5, 0.5);
        double daily = 1.2 * Math.sin(2 * Math.PI * (hour - 10) / 24); // warmest around 16:00
        return clamp(22.5 + temperatureOffset + daily + temperatureDrift + 0.05 * random.nextGaussian(), 20, 25);
    }

    /** A Gaussian bump around {@code center} on the 24 h circle. */
    private static double bump(double hour, double center, double sigma) {
        double d = Math.abs(hour - center);
        d = Math.min(d, 24 - d);
        return Math.exp(-d * d / (2 * sigma * sigma));
    }

    /** About 1 between {@code from} and {@code to}, with soft edges. */
    private static double plateau(double hour, double from, double to) {
        return 1 / (1 + Math.exp(-3 * (hour - from))) / (1 + Math.exp(3 * (hour - to)));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
