package org.energytracking.kernel;

import java.util.List;
import java.util.Locale;

/**
 * The locales a user may read numbers in (reports' PDFs): a short list whose decimal and grouping marks Java formats
 * as people there expect, rather than any tag Java would accept and silently fall back from.
 */
public final class NumberLocales {

    public static final List<String> SUPPORTED = List.of("en-GB", "en-US", "de-DE", "de-CH", "fr-FR", "nl-NL", "it-IT",
            "es-ES", "sv-SE", "pl-PL");

    private NumberLocales() {
    }

    /** The supported tag asked for (any case), or null for "the platform's"; anything else is a 400 on {@code locale}. */
    public static String tagOrNone(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        return SUPPORTED.stream().filter(tag -> tag.equalsIgnoreCase(requested.strip())).findFirst()
                .orElseThrow(() -> Problem.invalid("locale", "one of " + String.join(", ", SUPPORTED) + ", please"));
    }

    public static Locale of(String tag) {
        return Locale.forLanguageTag(tag);
    }
}
