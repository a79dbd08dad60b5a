package org.energytracking.analytics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The period's energy split by time-of-use window, in order of label, the entries without a tariff
 * last as one share with a null window. The shares are rounded by largest remainder, so that the
 * shares shown add up to exactly 100.0 % (rounding each on its own can give 99.9 or 100.1).
 */
final class WindowShares {

    private static final BigDecimal TENTHS_IN_WHOLE = BigDecimal.valueOf(1000);

    private WindowShares() {
    }

    static List<WindowShare> of(List<UsageQuarter> entries, DisplayRounding rounding) {
        Map<String, List<UsageQuarter>> byWindow = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (UsageQuarter entry : entries) {
            byWindow.computeIfAbsent(entry.window(), window -> new ArrayList<>()).add(entry);
        }
        List<List<UsageQuarter>> windows = List.copyOf(byWindow.values());
        List<BigDecimal> energiesWh = windows.stream()
                .map(window -> BigDecimal.valueOf(window.stream().mapToDouble(UsageQuarter::energyWh).sum()))
                .toList();
        List<BigDecimal> shares = percentsAddingTo100(energiesWh);
        return IntStream.range(0, windows.size())
                .mapToObj(i -> new WindowShare(windows.get(i).get(0).window(),
                        DisplayRounding.measure(energiesWh.get(i)),
                        rounding.money(Money.sumOfKnown(windows.get(i).stream().map(UsageQuarter::cost))),
                        shares.get(i)))
                .toList();
    }

    /**
     * Each part's percentage of the whole in tenths, rounded down, and the tenths still missing to
     * 100.0 given one each to the largest remainders (the earlier part first on a tie). All null when
     * the whole is zero.
     */
    static List<BigDecimal> percentsAddingTo100(List<BigDecimal> parts) {
        BigDecimal whole = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (whole.signum() == 0) {
            return Collections.nCopies(parts.size(), null);
        }
        List<BigDecimal> exactTenths = parts.stream()
                .map(part -> part.multiply(TENTHS_IN_WHOLE).divide(whole, 12, RoundingMode.HALF_EVEN))
                .toList();
        long[] tenths = exactTenths.stream()
                .mapToLong(exact -> exact.setScale(0, RoundingMode.FLOOR).longValueExact())
                .toArray();
        long missing = TENTHS_IN_WHOLE.longValue() - Arrays.stream(tenths).sum();
        List<Integer> byRemainder = IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> exactTenths.get(i).subtract(BigDecimal.valueOf(tenths[i])))
                        .reversed())
                .toList();
        for (int i = 0; i < missing && i < byRemainder.size(); i++) {
            tenths[byRemainder.get(i)]++;
        }
        return Arrays.stream(tenths).mapToObj(t -> BigDecimal.valueOf(t, 1)).toList();
    }
}
