package org.energytracking.tariffs.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tariffs in force for one subject over time, as pure data: periods of local dates, each priced
 * by one tariff version (see {@link TariffAssignment#plan} for which tariff wins where). It reads
 * nothing from the database, so it can price any number of quarter hours after the transaction that
 * built it.
 */
public final class TariffPlan {

    private static final TariffPlan NONE = new TariffPlan(List.of());

    private final List<TariffPeriod> periods;

    public TariffPlan(List<TariffPeriod> periods) {
        List<TariffPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(TariffPeriod::from));
        this.periods = List.copyOf(sorted);
    }

    public static TariffPlan none() {
        return NONE;
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }

    /** By date, not overlapping. */
    public List<TariffPeriod> periods() {
        return periods;
    }

    /** Whether any version has tiers: then a quarter's cost depends on the month's earlier energy. */
    public boolean hasTiers() {
        return periods.stream().anyMatch(period -> period.version().hasTiers());
    }

    public Optional<TariffPeriod> periodOn(LocalDate day) {
        return periods.stream().filter(period -> period.covers(day)).findFirst();
    }

    public Optional<StandingCharge> standingCharge(LocalDate day) {
        return periodOn(day).map(period -> new StandingCharge(period.version().standingChargePerDay(), period.currency()));
    }

    public Optional<String> currencyOn(LocalDate day) {
        return periodOn(day).map(TariffPeriod::currency);
    }

    /**
     * Prices quarter hours (sorted by start) of one device. Each is priced by the version in force on
     * its local date and the window in force at its local start time, in {@code zone}. Tiers count the
     * device's energy per local calendar month, whatever priced it: {@code monthToDateWhBeforeFirst}
     * is the energy of the first quarter's month before it, and the count restarts at each local month
     * start. Cost = energyWh / 1000 × price, exact.
     *
     * @throws IllegalArgumentException for quarters out of order or an energy that is not finite
     */
    public List<PricedQuarter> price(List<QuarterEnergy> quarters, ZoneId zone, double monthToDateWhBeforeFirst) {
        List<PricedQuarter> priced = new ArrayList<>(quarters.size());
        BigDecimal monthToDateKwh = kwh(monthToDateWhBeforeFirst);
        YearMonth month = null;
        TariffPeriod period = null;
        long previous = Long.MIN_VALUE;
        for (QuarterEnergy quarter : quarters) {
            if (quarter.start() < previous) {
                throw new IllegalArgumentException("quarters must be sorted by start; " + quarter.start() + " follows " + previous);
            }
            previous = quarter.start();
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(quarter.start()), zone);
            if (month != null && !month.equals(YearMonth.from(local))) {
                monthToDateKwh = BigDecimal.ZERO;
            }
            month = YearMonth.from(local);
            if (period == null || !period.covers(local.toLocalDate())) {
                period = periodOn(local.toLocalDate()).orElse(null);
            }
            BigDecimal energyKwh = kwh(quarter.energyWh());
            priced.add(period == null ? PricedQuarter.unpriced(quarter.start()) : priced(quarter, local, period, monthToDateKwh, energyKwh));
            monthToDateKwh = monthToDateKwh.add(energyKwh);
        }
        return priced;
    }

    private static PricedQuarter priced(QuarterEnergy quarter, LocalDateTime local, TariffPeriod period,
                                        BigDecimal monthToDateKwh, BigDecimal energyKwh) {
        TariffVersion version = period.version();
        RateWindow window = version.windowAt(local);
        return new PricedQuarter(quarter.start(), version.cost(local, monthToDateKwh, energyKwh), period.currency(),
                window == null ? PricedQuarter.DEFAULT_WINDOW : window.label());
    }

    private static BigDecimal kwh(double wh) {
        if (!Double.isFinite(wh)) {
            throw new IllegalArgumentException("energy must be finite, got " + wh);
        }
        return BigDecimal.valueOf(wh).movePointLeft(3);
    }
}
