package org.energytracking.kernel;

import java.util.Arrays;
import java.util.Locale;

/** Enum constants as the API spells them (lower case: {@code WARNING} is {@code warning}), and back with a 400 naming the field. */
public final class ApiNames {

    private ApiNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelt {@code name}, or a Problem on {@code field} listing the accepted spellings. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(constant -> of(constant).equals(name)).findFirst()
                .orElseThrow(() -> Problem.invalid(field, field + " must be one of "
                        + String.join(", ", Arrays.stream(constants).map(ApiNames::of).toList())));
    }
}
