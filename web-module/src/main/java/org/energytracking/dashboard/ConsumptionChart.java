package org.energytracking.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.portal.Charts;

/**
 * A period's kWh per bucket beside the previous period's, bucket by bucket (the first hour of today
 * beside the first hour of yesterday). Unknown energy stays a gap, not zero.
 */
record ConsumptionChart(List<String> labels, List<BigDecimal> currentKwh, List<BigDecimal> previousKwh) {

    static ConsumptionChart of(List<EnergyPoint> current, List<EnergyPoint> previous, Resolution resolution, ZoneId zone,
            Locale locale) {
        DateTimeFormatter format = resolution == Resolution.HOUR
                ? DateTimeFormatter.ofPattern("HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> now = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            labels.add(current.get(i).bucket().localStart(zone).format(format));
            now.add(kwh(current.get(i)));
            before.add(i < previous.size() ? kwh(previous.get(i)) : null);
        }
        return new ConsumptionChart(labels, now, before);
    }

    String json(String currentLabel, String previousLabel) {
        return Charts.bars(labels, "kWh", List.of(new Charts.Series(currentLabel, currentKwh, 0),
                new Charts.Series(previousLabel, previousKwh, 1)));
    }

    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(labels.get(i), cell(currentKwh.get(i)), cell(previousKwh.get(i))));
        }
        return rows;
    }


    private static Object cell(BigDecimal kwh) {
        return kwh == null ? "" : kwh;
    }

    private static BigDecimal kwh(EnergyPoint point) {
        BigDecimal wh = point.displayEnergyWh();
        return wh == null ? null : wh.divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_EVEN);
    }
}
