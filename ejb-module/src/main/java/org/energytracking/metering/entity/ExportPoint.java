package org.energytracking.metering.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Energy a device exported to the grid in one bucket, and what it earned at the feed-in price of the
 * tariff version in force on each local day (null: no feed-in price). Unrounded, like {@link EnergyPoint}.
 */
public record ExportPoint(Bucket bucket, double exportWh, BigDecimal credit) {

    /**
     * The export of each bucket, credited day by day: {@code days} are the export by local day over the same
     * range (a month may span two tariff versions); a bucket within one day is priced at that day's price.
     */
    public static List<ExportPoint> credited(List<EnergyPoint> buckets, List<EnergyPoint> days, ZoneId zone,
                                             Function<LocalDate, Optional<BigDecimal>> feedInPerKwh) {
        return buckets.stream().map(bucket -> {
            List<EnergyPoint> within = days.stream().filter(day -> !day.bucket().start().isBefore(bucket.bucket().start())
                    && !day.bucket().end().isAfter(bucket.bucket().end())).toList();
            BigDecimal credit = within.isEmpty()
                    ? credit(bucket.energyWh(), feedInPerKwh.apply(bucket.bucket().localStart(zone).toLocalDate()))
                    : within.stream().map(day -> credit(day.energyWh(), feedInPerKwh.apply(day.bucket().localStart(zone).toLocalDate())))
                            .reduce(null, ExportPoint::plus);
            return new ExportPoint(bucket.bucket(), bucket.energyWh(), credit);
        }).toList();
    }

    /** Several devices' export over one bucket: energy added up, credit added up where priced. */
    public static ExportPoint sum(Bucket bucket, List<ExportPoint> points) {
        return new ExportPoint(bucket, points.stream().mapToDouble(ExportPoint::exportWh).sum(),
                points.stream().map(ExportPoint::credit).reduce(null, ExportPoint::plus));
    }

    private static BigDecimal credit(double exportWh, Optional<BigDecimal> pricePerKwh) {
        return pricePerKwh.map(price -> BigDecimal.valueOf(exportWh).movePointLeft(3).multiply(price)).orElse(null);
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** Import cost minus export credit; the cost alone when nothing is credited. */
    public BigDecimal netOf(BigDecimal cost) {
        return cost == null || credit == null ? cost : cost.subtract(credit);
    }

    public BigDecimal displayExportWh() {
        return BigDecimal.valueOf(exportWh).setScale(3, RoundingMode.HALF_EVEN);
    }

    /** To the watt-hour, as the rollups count. */
    public BigDecimal displayExportKwh() {
        return BigDecimal.valueOf(exportWh).movePointLeft(3).setScale(3, RoundingMode.HALF_EVEN);
    }

    /** The credit rounded to the currency's minor unit; null without a feed-in price. */
    public BigDecimal displayCredit(String currency) {
        return EnergyPoint.displayMoney(credit, currency);
    }

    /** {@code cost} (in {@code currency}) minus this credit, rounded once; null without both. */
    public BigDecimal displayNetOf(BigDecimal cost, String currency) {
        return credit == null || cost == null ? null : EnergyPoint.displayMoney(netOf(cost), currency);
    }

    /** The export of each of {@code buckets}, matched by its start; null where none was reported. */
    public static List<ExportPoint> alignedTo(List<EnergyPoint> buckets, List<ExportPoint> exports) {
        Map<Instant, ExportPoint> byStart = exports.stream().collect(Collectors.toMap(export -> export.bucket().start(),
                export -> export, (a, b) -> a));
        return buckets.stream().map(point -> byStart.get(point.bucket().start())).toList();
    }
}
