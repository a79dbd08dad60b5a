package org.energytracking.reports.entity;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report's words (PDF and email) in the language of a locale, from the resource bundle {@code ReportWords}
 * (English, German); any other language gets English. Arguments are strings: figures are formatted before, in
 * the reader's number format.
 */
public final class ReportWords {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    public static final ReportWords ENGLISH = of(Locale.UK);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Locale numbers;

    private ReportWords(ResourceBundle bundle, Locale numbers) {
        this.bundle = bundle;
        this.numbers = numbers;
        // dates in the bundle's language, not the region's (en-GB would write "Sept")
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(bundle.getLocale().getLanguage());
    }

    /** Not the JVM's default locale as fallback: an unknown language reads English. */
    public static ReportWords of(Locale locale) {
        return new ReportWords(ResourceBundle.getBundle(ReportWords.class.getName(), locale, NO_FALLBACK), locale);
    }

    public String get(String key, String... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public DateTimeFormatter dates(String key) {
        return DateTimeFormatter.ofPattern(get(key), locale);
    }

    /**
     * A figure of the email's summary: in English as the API writes it (1234.567, which the run's stored summary
     * keeps), in another language in the reader's number format (1.234,567).
     */
    public String figure(BigDecimal value) {
        if (locale.equals(Locale.ENGLISH)) {
            return value.toPlainString();
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }
}
