package org.energytracking.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Maps heat map values to one of ten CSS background steps ({@code heat-0} … {@code heat-9}) by their share of the largest. */
public record HeatScale(double maximum) {

    public static HeatScale of(List<List<BigDecimal>> rows) {
        return new HeatScale(rows.stream().flatMap(List::stream).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0));
    }

    public String styleClass(BigDecimal value) {
        if (value == null) {
            return "heat-none";
        }
        if (maximum <= 0) {
            return "heat-0";
        }
        return "heat-" + (int) Math.min(9, Math.floor(value.doubleValue() / maximum * 10));
    }
}
