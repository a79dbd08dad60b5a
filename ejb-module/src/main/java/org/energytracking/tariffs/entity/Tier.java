package org.energytracking.tariffs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energytracking.kernel.Problem;

/**
 * A block of a month's energy at one price: the energy of the local calendar month up to
 * {@code upToKwh} (counted from the month's start, across all tiers), or all the rest when it has no
 * limit.
 */
@Embeddable
public class Tier {

    @Column(name = "up_to_kwh")
    private BigDecimal upToKwh;
    @Column(name = "price_per_kwh")
    private BigDecimal pricePerKwh;

    protected Tier() {
    }

    private Tier(BigDecimal upToKwh, BigDecimal pricePerKwh) {
        this.upToKwh = upToKwh;
        this.pricePerKwh = pricePerKwh;
    }

    /** {@code upToKwh} null: the rest of the month. {@code field} names it in errors, e.g. {@code versions[1].tiers[0]}. */
    public static Tier of(BigDecimal upToKwh, BigDecimal pricePerKwh, String field) {
        BigDecimal limit = upToKwh;
        if (limit != null) {
            if (limit.signum() <= 0) {
                throw Problem.invalid(field + ".up_to_kwh", field + ".up_to_kwh must be more than 0 (or null for the rest)");
            }
            limit = Prices.checked(limit, field + ".up_to_kwh");
        }
        return new Tier(limit, Prices.checked(pricePerKwh, field + ".price_per_kwh"));
    }

    /** The tiers as given, if each limit is above the one before and only the last is left out. */
    static List<Tier> ascending(List<Tier> tiers, String field) {
        for (int i = 0; i < tiers.size(); i++) {
            String at = field + "[" + i + "].up_to_kwh";
            if (tiers.get(i).upToKwh().isEmpty() && i < tiers.size() - 1) {
                throw Problem.invalid(at, at + " may be left out only on the last tier (it takes the rest of the month)");
            }
            if (i > 0 && tiers.get(i).upToKwh().isPresent()
                    && tiers.get(i).upToKwh().get().compareTo(tiers.get(i - 1).upToKwh().orElseThrow()) <= 0) {
                throw Problem.invalid(at, at + " must be above the previous tier's (tiers ascend)");
            }
        }
        return new ArrayList<>(tiers);
    }

    /** Empty for the tier that takes the rest of the month. */
    public Optional<BigDecimal> upToKwh() {
        return Optional.ofNullable(upToKwh);
    }

    public BigDecimal pricePerKwh() {
        return pricePerKwh;
    }

    String terms() {
        return Prices.plain(upToKwh) + "@" + Prices.plain(pricePerKwh);
    }
}
