package org.energytracking.kernel;

import java.util.Collection;
import java.util.stream.Collectors;

/** Row ids as the inside of a SQL {@code IN (…)}: numbers only, so nothing a caller passes is ever SQL. */
public final class SqlIds {

    private SqlIds() {
    }

    public static String inList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
