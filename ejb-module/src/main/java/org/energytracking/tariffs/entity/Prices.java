package org.energytracking.tariffs.entity;

import java.math.BigDecimal;
import org.energytracking.kernel.Problem;

/**
 * What a price of a tariff may be: not negative (feed-in and negative spot prices are not tariffs
 * here), with at most 6 decimal places and below 10^10, which is what the DECIMAL(16,6) columns keep
 * exactly; prices are never rounded when stored.
 */
final class Prices {

    static final int MAX_SCALE = 6;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(10);

    private Prices() {
    }

    static BigDecimal checked(BigDecimal price, String field) {
        if (price == null) {
            throw Problem.invalid(field, field + " is required");
        }
        if (price.signum() < 0 || price.compareTo(LIMIT) >= 0) {
            throw Problem.invalid(field, field + " must be at least 0 and below 10000000000");
        }
        BigDecimal exact = price.stripTrailingZeros();
        if (exact.scale() > MAX_SCALE) {
            throw Problem.invalid(field, field + " may have at most " + MAX_SCALE + " decimal places");
        }
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /** The same number whatever its scale (0.5 and 0.500000 alike), for comparing terms. */
    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
