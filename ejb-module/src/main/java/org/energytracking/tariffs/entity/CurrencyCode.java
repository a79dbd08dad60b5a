package org.energytracking.tariffs.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.energytracking.kernel.Problem;

/**
 * An ISO 4217 currency with a minor unit (EUR, CHF, JPY; not XAU). Amounts stay exact
 * {@code BigDecimal}s everywhere and are rounded only for display: half-even to the minor unit.
 */
public record CurrencyCode(String code) {

    public CurrencyCode {
        Currency currency = null;
        if (code != null && code.matches("[A-Z]{3}")) {
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException unknown) {
                currency = null;
            }
        }
        if (currency == null || currency.getDefaultFractionDigits() < 0) {
            throw Problem.invalid("currency", "currency must be an ISO 4217 code of money, e.g. EUR; got '" + code + "'");
        }
    }

    public int minorUnitDigits() {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** The amount as shown: rounded half-even to the currency's minor unit (0.125 EUR → 0.12). */
    public BigDecimal display(BigDecimal amount) {
        return amount.setScale(minorUnitDigits(), RoundingMode.HALF_EVEN);
    }
}
