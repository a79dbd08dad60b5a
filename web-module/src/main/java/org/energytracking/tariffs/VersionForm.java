package org.energytracking.tariffs;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.energytracking.tariffs.entity.TariffVersion;

/** One dated version of a tariff as the form edits it, with its windows and tiers. */
public class VersionForm implements Serializable {

    private LocalDate validFrom;
    private LocalDate validTo;
    private BigDecimal standingChargePerDay;
    private BigDecimal defaultPricePerKwh;
    private BigDecimal feedInPricePerKwh;
    private final List<RateForm> rates = new ArrayList<>();
    private final List<TierForm> tiers = new ArrayList<>();

    static VersionForm startingOn(LocalDate validFrom) {
        VersionForm form = new VersionForm();
        form.validFrom = validFrom;
        return form;
    }

    static VersionForm of(TariffVersion version) {
        VersionForm form = startingOn(version.validFrom());
        form.validTo = version.validTo();
        form.standingChargePerDay = version.standingChargePerDay();
        form.defaultPricePerKwh = version.defaultPricePerKwh();
        form.feedInPricePerKwh = version.feedInPricePerKwh().orElse(null);
        version.rates().forEach(rate -> form.rates.add(RateForm.of(rate)));
        version.tiers().forEach(tier -> form.tiers.add(TierForm.of(tier)));
        return form;
    }

    /** {@code field} names the version in errors, as the API does: {@code versions[0]}. */
    TariffVersion toVersion(String field) {
        return new TariffVersion(validFrom, validTo, standingChargePerDay, defaultPricePerKwh,
                IntStream.range(0, rates.size()).mapToObj(i -> rates.get(i).toWindow(field + ".rates[" + i + "]")).toList(),
                IntStream.range(0, tiers.size()).mapToObj(i -> tiers.get(i).toTier(field + ".tiers[" + i + "]")).toList(),
                field).withFeedIn(feedInPricePerKwh, field);
    }

    public void addRate() {
        rates.add(new RateForm());
    }

    public void removeRate(RateForm rate) {
        rates.remove(rate);
    }

    public void addTier() {
        tiers.add(new TierForm());
    }

    public void removeTier(TierForm tier) {
        tiers.remove(tier);
    }

    public List<RateForm> getRates() {
        return rates;
    }

    public List<TierForm> getTiers() {
        return tiers;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public BigDecimal getStandingChargePerDay() {
        return standingChargePerDay;
    }

    public void setStandingChargePerDay(BigDecimal standingChargePerDay) {
        this.standingChargePerDay = standingChargePerDay;
    }

    public BigDecimal getDefaultPricePerKwh() {
        return defaultPricePerKwh;
    }

    public void setDefaultPricePerKwh(BigDecimal defaultPricePerKwh) {
        this.defaultPricePerKwh = defaultPricePerKwh;
    }

    public BigDecimal getFeedInPricePerKwh() {
        return feedInPricePerKwh;
    }

    public void setFeedInPricePerKwh(BigDecimal feedInPricePerKwh) {
        this.feedInPricePerKwh = feedInPricePerKwh;
    }
}
