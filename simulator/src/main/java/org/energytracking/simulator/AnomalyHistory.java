package org.energytracking.simulator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A labelled history for the anomaly benchmark: one device's hourly energy over the weeks before {@code end}
 * (an hour boundary), from a seed. Households have a night base load, a morning and an evening peak, more
 * daytime use at weekends; every fourth device is a freezer (a steady 60-120 Wh an hour). Both drift by up
 * to ±10 % over the weeks (season) and carry 5 % noise. Injected, after the first three weeks: a heater at night
 * (1-2 kW for 2-5 h), a day with an extra 2 kW for 3 h, a freezer stopped for 6 h, base-load creep (+50 W
 * from a given week, every fifth household). The labels name the injected hours.
 */
final class AnomalyHistory {

    static final long HOUR = 3_600_000L;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    enum Kind { NIGHT_RUN, EXTRA_DAY_LOAD, STOPPED_FREEZER, BASE_LOAD_CREEP, SPIKE }

    record Label(Kind kind, long start, long end) {
    }

    final long start;
    final double[] hoursWh;
    final List<Label> labels = new ArrayList<>();

    private final boolean freezer;
    private final double scale;
    private final double nightW;

    AnomalyHistory(long seed, long end, int weeks, boolean injected) {
        Random random = new Random(seed);
        int hours = weeks * 7 * 24;
        this.start = end - hours * HOUR;
        this.hoursWh = new double[hours];
        this.freezer = seed % 4 == 3;
        this.scale = 0.6 + random.nextDouble() * 0.8;
        this.nightW = freezer ? 60 + random.nextDouble() * 60 : 60 + random.nextDouble() * 90;
        double drift = (random.nextDouble() - 0.5) * 0.2;
        for (int i = 0; i < hours; i++) {
            double season = 1 + drift * i / hours;
            hoursWh[i] = usual(start + i * HOUR) * season * (1 + 0.05 * random.nextGaussian());
        }
        if (injected) {
            inject(random, weeks, seed);
        }
    }

    private double usual(long hourStart) {
        if (freezer) {
            return nightW;
        }
        ZonedDateTime local = Instant.ofEpochMilli(hourStart).atZone(ZONE);
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        int hour = local.getHour();
        double extra = hour < 6 ? 0 : hour == 7 || hour == 8 ? 500 : hour >= 18 && hour <= 21 ? 700 : hour >= 23 ? 50 : weekend ? 400 : 150;
        return nightW + extra * scale;
    }

    private void inject(Random random, int weeks, long seed) {
        int firstDay = 21;
        int days = weeks * 7;
        if (freezer) {
            add(Kind.STOPPED_FREEZER, day(random, firstDay, days), 6 + random.nextInt(12), 6, -1);
            return;
        }
        add(Kind.NIGHT_RUN, day(random, firstDay, days), random.nextInt(3), 2 + random.nextInt(4), 1000 + random.nextInt(1000));
        add(Kind.EXTRA_DAY_LOAD, day(random, firstDay, days), 9 + random.nextInt(6), 3, 2000);
        if (seed % 5 == 1) {
            int week = 7 + random.nextInt(Math.max(1, weeks - 8));
            long from = start + week * 7 * 24 * HOUR;
            for (int i = (int) ((from - start) / HOUR); i < hoursWh.length; i++) {
                hoursWh[i] += 50;
            }
            labels.add(new Label(Kind.BASE_LOAD_CREEP, from, start + hoursWh.length * HOUR));
        }
    }

    private static int day(Random random, int first, int days) {
        return first + random.nextInt(days - first);
    }

    /** {@code extraWh} on each of {@code count} hours from local {@code hour} of {@code day}; negative: nothing drawn. */
    void add(Kind kind, int day, int hour, int count, double extraWh) {
        ZonedDateTime local = Instant.ofEpochMilli(start).atZone(ZONE).toLocalDate().plusDays(day).atTime(hour, 0).atZone(ZONE);
        long from = local.toInstant().toEpochMilli();
        int first = (int) ((from - start) / HOUR);
        if (first < 0 || first + count > hoursWh.length) {
            return;
        }
        for (int i = first; i < first + count; i++) {
            hoursWh[i] = extraWh < 0 ? 0 : hoursWh[i] + extraWh;
        }
        labels.add(new Label(kind, from, from + count * HOUR));
    }

    /** Counter readings at every hour boundary, as the readings import takes them. */
    String csv() {
        StringBuilder csv = new StringBuilder("ts,energy\n");
        double counter = 1_000_000;
        for (int i = 0; i <= hoursWh.length; i++) {
            csv.append(start + i * HOUR).append(',').append(Math.round(counter * 10) / 10.0).append('\n');
            counter += i < hoursWh.length ? hoursWh[i] : 0;
        }
        return csv.toString();
    }
}
