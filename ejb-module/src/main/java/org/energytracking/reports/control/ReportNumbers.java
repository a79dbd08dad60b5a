package org.energytracking.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.energytracking.reports.entity.ReportWords;
import org.energytracking.reports.entity.Totals;

/** Figures as a report prints them, in one locale, always with their unit; its words in that locale's language. */
final class ReportNumbers {

    private final Locale locale;
    private final ReportWords words;

    ReportNumbers(Locale locale) {
        this.locale = locale;
        this.words = ReportWords.of(locale);
    }

    ReportWords words() {
        return words;
    }

    String kwh(BigDecimal energyWh) {
        return energyWh == null ? words.get("unknown") : decimals(3).format(energyWh.movePointLeft(3).setScale(3, RoundingMode.HALF_EVEN)) + " kWh";
    }

    String kwhPerM2(BigDecimal kwhPerM2) {
        return decimals(3).format(kwhPerM2) + " kWh/m²";
    }

    /** A floor area with the decimals it has (120, 85.5), without its unit (the words carry it). */
    String area(BigDecimal m2) {
        return decimals(Math.max(0, m2.stripTrailingZeros().scale())).format(m2);
    }

    String money(Totals totals) {
        return money(totals.cost(), totals.currency());
    }

    String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return words.get("noTariff");
        }
        int digits = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return decimals(digits).format(amount.setScale(digits, RoundingMode.HALF_EVEN)) + (currency == null ? "" : " " + currency);
    }

    String watts(BigDecimal powerW) {
        return powerW == null ? words.get("unknown") : decimals(1).format(powerW) + " W";
    }

    /** Figures without a unit, as on a chart's axis. */
    NumberFormat axisFormat() {
        return NumberFormat.getNumberInstance(locale);
    }

    String percent(BigDecimal percent) {
        return decimals(1).format(percent) + " %";
    }

    String signedPercent(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent(percent);
    }

    private NumberFormat decimals(int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
