package org.energytracking.gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A comma-separated setting as a list. Payara's config producer cannot inject
 * {@code Optional<List<String>>} (ClassCastException on the type argument), so lists come in as text.
 */
final class CommaList {

    private CommaList() {
    }

    static List<String> of(Optional<String> setting) {
        return setting.map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
