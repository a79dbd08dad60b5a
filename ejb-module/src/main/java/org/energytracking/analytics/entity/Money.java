package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/** Sums of amounts that may be unknown: null (no tariff) is not zero, so a sum of nothing known stays null. */
final class Money {

    private Money() {
    }

    static BigDecimal sumOfKnown(Stream<BigDecimal> amounts) {
        return amounts.filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
