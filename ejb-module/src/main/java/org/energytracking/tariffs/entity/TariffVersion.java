package org.energytracking.tariffs.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.energytracking.kernel.Problem;

/**
 * The prices of a tariff from {@code validFrom} (inclusive) to {@code validTo} (exclusive; null:
 * open-ended), local dates: a standing charge per day, time-of-use windows over a default price, and
 * optional monthly tiers. Energy within the month's tiers with a limit is priced by the tier; beyond
 * the last limit by the window in force (or the default price), unless a last tier without a limit
 * takes the rest.
 */
@Entity
@Table(name = "tariff_version")
public class TariffVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "tariff_id")
    private Tariff tariff;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "standing_charge_per_day")
    private BigDecimal standingChargePerDay;
    @Column(name = "default_price_per_kwh")
    private BigDecimal defaultPricePerKwh;
    @Column(name = "feed_in_price_per_kwh")
    private BigDecimal feedInPricePerKwh;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_rate", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<RateWindow> rates = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_tier", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Tier> tiers = new ArrayList<>();
    @Transient
    private volatile WeekSchedule week;

    protected TariffVersion() {
    }

    /** {@code field} names the version in errors, e.g. {@code versions[1]}. */
    public TariffVersion(LocalDate validFrom, LocalDate validTo, BigDecimal standingChargePerDay,
                         BigDecimal defaultPricePerKwh, List<RateWindow> rates, List<Tier> tiers, String field) {
        if (validFrom == null) {
            throw Problem.invalid(field + ".valid_from", field + ".valid_from is required");
        }
        if (validTo != null && !validFrom.isBefore(validTo)) {
            throw Problem.invalid(field + ".valid_to", field + ".valid_to must be after valid_from (it is exclusive)");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.standingChargePerDay = Prices.checked(standingChargePerDay, field + ".standing_charge_per_day");
        this.defaultPricePerKwh = Prices.checked(defaultPricePerKwh, field + ".default_price_per_kwh");
        this.rates = new ArrayList<>(rates == null ? List.of() : rates);
        this.week = WeekSchedule.of(this.rates, field + ".rates");
        this.tiers = Tier.ascending(tiers == null ? List.of() : tiers, field + ".tiers");
    }

    /** What an exported kWh earns in this version (null: nothing); the same at every hour. */
    public TariffVersion withFeedIn(BigDecimal pricePerKwh, String field) {
        this.feedInPricePerKwh = pricePerKwh == null ? null : Prices.checked(pricePerKwh, field + ".feed_in_price_per_kwh");
        return this;
    }

    public Optional<BigDecimal> feedInPricePerKwh() {
        return Optional.ofNullable(feedInPricePerKwh);
    }

    void belongTo(Tariff tariff) {
        this.tariff = tariff;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public boolean overlaps(TariffVersion other) {
        return (other.validTo == null || validFrom.isBefore(other.validTo))
                && (validTo == null || other.validFrom.isBefore(validTo));
    }

    /** The window in force at that local date and time, or null where the default price applies. */
    public RateWindow windowAt(LocalDateTime local) {
        WeekSchedule schedule = week;
        if (schedule == null) {
            schedule = WeekSchedule.of(rates, "rates");
            week = schedule;
        }
        return schedule.at(local.getDayOfWeek(), local.getHour() * 60 + local.getMinute());
    }

    /** The time-of-use price per kWh at that local date and time. */
    public BigDecimal priceAt(LocalDateTime local) {
        RateWindow window = windowAt(local);
        return window == null ? defaultPricePerKwh : window.pricePerKwh();
    }

    /**
     * The exact cost of {@code energyKwh} used from {@code local} on, when the month had used
     * {@code monthToDateKwh} before: a tier's price up to its limit, the time-of-use price beyond the
     * last limit, split where the energy crosses a limit. Energy that is not positive is priced by
     * time of use alone.
     */
    public BigDecimal cost(LocalDateTime local, BigDecimal monthToDateKwh, BigDecimal energyKwh) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal counted = monthToDateKwh;
        BigDecimal left = energyKwh;
        for (Tier tier : tiers) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left;
            if (tier.upToKwh().isPresent()) {
                take = left.min(tier.upToKwh().get().subtract(counted).max(BigDecimal.ZERO));
            }
            cost = cost.add(take.multiply(tier.pricePerKwh()));
            counted = counted.add(take);
            left = left.subtract(take);
        }
        return left.signum() == 0 ? cost : cost.add(left.multiply(priceAt(local)));
    }

    /** Everything that prices energy, scale-independent: two versions with equal terms cost the same. */
    String terms() {
        return validFrom + "/" + validTo + "/" + Prices.plain(standingChargePerDay) + "/" + Prices.plain(defaultPricePerKwh)
                + "/" + rates.stream().map(r -> r.label() + "@" + Prices.plain(r.pricePerKwh())).collect(Collectors.joining(","))
                + "/" + tiers.stream().map(Tier::terms).collect(Collectors.joining(","));
    }

    public boolean hasTiers() {
        return !tiers.isEmpty();
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** Exclusive; null when open-ended. */
    public LocalDate validTo() {
        return validTo;
    }

    public BigDecimal standingChargePerDay() {
        return standingChargePerDay;
    }

    public BigDecimal defaultPricePerKwh() {
        return defaultPricePerKwh;
    }

    public List<RateWindow> rates() {
        return Collections.unmodifiableList(rates);
    }

    public List<Tier> tiers() {
        return Collections.unmodifiableList(tiers);
    }
}
