package org.energytracking.tariffs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.energytracking.tariffs.entity.RateWindow;
import org.energytracking.tariffs.entity.Tariff;
import org.energytracking.tariffs.entity.TariffVersion;
import org.energytracking.tariffs.entity.Tier;

/**
 * The bodies /api/v1/tariffs takes and gives. Prices come as JSON strings or numbers and go out as
 * strings, so no client reads them through a binary float.
 */
public final class TariffMessages {

    private TariffMessages() {
    }

    public record TariffRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 3) String currency,
                                @NotEmpty @Size(max = Tariff.MAX_VERSIONS) List<@NotNull @Valid VersionRequest> versions) {
        List<TariffVersion> toVersions() {
            return IntStream.range(0, versions.size()).mapToObj(i -> versions.get(i).toVersion("versions[" + i + "]")).toList();
        }
    }

    public record VersionRequest(@NotNull LocalDate validFrom, LocalDate validTo, @NotNull BigDecimal standingChargePerDay,
                                 @NotNull BigDecimal defaultPricePerKwh, @Size(max = 100) List<@NotNull @Valid RateRequest> rates,
                                 @Size(max = 20) List<@NotNull @Valid TierRequest> tiers, BigDecimal feedInPricePerKwh) {
        TariffVersion toVersion(String field) {
            List<RateRequest> windows = rates == null ? List.of() : rates;
            List<TierRequest> blocks = tiers == null ? List.of() : tiers;
            return new TariffVersion(validFrom, validTo, standingChargePerDay, defaultPricePerKwh,
                    IntStream.range(0, windows.size()).mapToObj(i -> windows.get(i).toWindow(field + ".rates[" + i + "]")).toList(),
                    IntStream.range(0, blocks.size()).mapToObj(i -> blocks.get(i).toTier(field + ".tiers[" + i + "]")).toList(),
                    field).withFeedIn(feedInPricePerKwh, field);
        }
    }

    public record RateRequest(@NotBlank @Size(max = 40) String days, @NotBlank String from, @NotBlank String to,
                              @NotNull BigDecimal pricePerKwh) {
        RateWindow toWindow(String field) {
            return RateWindow.of(days, from, to, pricePerKwh, field);
        }
    }

    public record TierRequest(BigDecimal upToKwh, @NotNull BigDecimal pricePerKwh) {
        Tier toTier(String field) {
            return Tier.of(upToKwh, pricePerKwh, field);
        }
    }

    public record TariffResponse(long id, String name, String currency, Long ownerId, List<VersionResponse> versions,
                                 Instant createdAt, Instant updatedAt) {
        static TariffResponse of(Tariff tariff) {
            return new TariffResponse(tariff.id(), tariff.name(), tariff.currency(), tariff.ownerId(),
                    tariff.versions().stream().map(VersionResponse::of).toList(), tariff.createdAt(), tariff.updatedAt());
        }
    }

    public record VersionResponse(LocalDate validFrom, LocalDate validTo, String standingChargePerDay, String defaultPricePerKwh,
                                  List<RateResponse> rates, List<TierResponse> tiers, String feedInPricePerKwh) {
        static VersionResponse of(TariffVersion version) {
            return new VersionResponse(version.validFrom(), version.validTo(), price(version.standingChargePerDay()),
                    price(version.defaultPricePerKwh()),
                    version.rates().stream().map(r -> new RateResponse(r.days(), r.from(), r.to(), price(r.pricePerKwh()))).toList(),
                    version.tiers().stream().map(t -> new TierResponse(t.upToKwh().map(TariffMessages::plain).orElse(null),
                            price(t.pricePerKwh()))).toList(), version.feedInPricePerKwh().map(TariffMessages::price).orElse(null));
        }
    }

    public record RateResponse(String days, String from, String to, String pricePerKwh) {
    }

    public record TierResponse(BigDecimal upToKwh, String pricePerKwh) {
    }

    /** As written in the common case: at least two decimals, no trailing zeros beyond them ({@code 0.50}, {@code 0.125}). */
    static String price(BigDecimal price) {
        BigDecimal plain = plain(price);
        return plain.setScale(Math.max(plain.scale(), 2)).toPlainString();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
