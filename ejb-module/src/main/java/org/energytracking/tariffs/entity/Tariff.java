package org.energytracking.tariffs.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.energytracking.identity.entity.Caller;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;

/**
 * A named price list in one currency, made of versions that follow each other in time without
 * overlapping (gaps are allowed: no tariff is in force there). Its creator and administrators see it.
 */
@Entity
@Table(name = "tariff")
@NamedQuery(name = Tariff.ALL, query = "SELECT t FROM Tariff t ORDER BY t.name, t.id")
@NamedQuery(name = Tariff.OF_OWNER, query = "SELECT t FROM Tariff t WHERE t.ownerId = :ownerId ORDER BY t.name, t.id")
@NamedQuery(name = Tariff.WITH_IDS, query = "SELECT t FROM Tariff t WHERE t.id IN :ids")
public class Tariff {

    public static final String ALL = "Tariff.all";
    public static final String OF_OWNER = "Tariff.ofOwner";
    public static final String WITH_IDS = "Tariff.withIds";
    public static final int MAX_VERSIONS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String currency;
    @Column(name = "owner_id")
    private Long ownerId;
    @OneToMany(mappedBy = "tariff", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("validFrom")
    private List<TariffVersion> versions = new ArrayList<>();
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;
    @Version
    private long version;

    protected Tariff() {
    }

    public Tariff(String name, String currency, List<TariffVersion> versions, long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        change(name, currency, versions, now);
    }

    /**
     * Replaces name, currency and all versions. Returns the earliest date whose cost may differ: the
     * earliest valid_from among the old and new versions that are not alike in both (all of them when
     * the currency changes); empty when nothing that prices energy changed.
     */
    public Optional<LocalDate> change(String name, String currency, List<TariffVersion> replacements, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw Problem.invalid("name", "name must be 1-200 characters");
        }
        String code = new CurrencyCode(currency).code();
        List<TariffVersion> sorted = inOrder(replacements);
        Set<String> before = versions.stream().map(TariffVersion::terms).collect(Collectors.toSet());
        Set<String> after = sorted.stream().map(TariffVersion::terms).collect(Collectors.toSet());
        boolean sameMoney = code.equals(this.currency);
        Optional<LocalDate> from = Stream.concat(versions.stream().filter(v -> !sameMoney || !after.contains(v.terms())),
                        sorted.stream().filter(v -> !sameMoney || !before.contains(v.terms())))
                .map(TariffVersion::validFrom).min(Comparator.naturalOrder());
        this.name = name.strip();
        this.currency = code;
        this.versions.clear();
        sorted.forEach(v -> v.belongTo(this));
        this.versions.addAll(sorted);
        this.updatedAt = now;
        return from;
    }

    /** The versions by valid_from; 400 when there are none, too many, or two overlap. */
    private static List<TariffVersion> inOrder(List<TariffVersion> given) {
        if (given == null || given.isEmpty() || given.size() > MAX_VERSIONS) {
            throw Problem.invalid("versions", "versions must hold 1-" + MAX_VERSIONS + " versions");
        }
        List<TariffVersion> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparing(TariffVersion::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                String field = "versions[" + given.indexOf(sorted.get(i)) + "].valid_from";
                throw Problem.invalid(field, field + " " + sorted.get(i).validFrom() + " falls within the version valid from "
                        + sorted.get(i - 1).validFrom() + " (versions must not overlap; valid_to is exclusive)");
            }
        }
        return sorted;
    }

    public boolean isVisibleTo(Caller caller) {
        return caller.isAdmin() || Objects.equals(ownerId, caller.userId());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    /** Null once the creator's account is gone: then only administrators see it. */
    public Long ownerId() {
        return ownerId;
    }

    /** By valid_from. */
    public List<TariffVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
