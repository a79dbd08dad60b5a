package org.energytracking.tariffs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.energytracking.kernel.UtcInstant;

/**
 * "From this local date on, this tariff" for a site or for one device; it holds until the next
 * assignment of the same site or device. A null tariff means none from that date on that level.
 */
@Entity
@Table(name = "tariff_assignment")
@NamedQuery(name = TariffAssignment.OF_DEVICE, query = "SELECT a FROM TariffAssignment a WHERE a.deviceId = :id ORDER BY a.validFrom")
@NamedQuery(name = TariffAssignment.OF_DEVICES, query = "SELECT a FROM TariffAssignment a WHERE a.deviceId IN :ids ORDER BY a.validFrom")
@NamedQuery(name = TariffAssignment.OF_SITE, query = "SELECT a FROM TariffAssignment a WHERE a.siteId = :id ORDER BY a.validFrom")
@NamedQuery(name = TariffAssignment.OF_TARIFF, query = "SELECT a FROM TariffAssignment a WHERE a.tariffId = :id")
public class TariffAssignment {

    public static final String OF_DEVICE = "TariffAssignment.ofDevice";
    public static final String OF_DEVICES = "TariffAssignment.ofDevices";
    public static final String OF_SITE = "TariffAssignment.ofSite";
    public static final String OF_TARIFF = "TariffAssignment.ofTariff";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "device_id")
    private Long deviceId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "tariff_id")
    private Long tariffId;
    @Column(name = "assigned_at")
    @Convert(converter = UtcInstant.class)
    private Instant assignedAt;
    @Column(name = "assigned_by")
    private Long assignedBy;

    protected TariffAssignment() {
    }

    private TariffAssignment(Long siteId, Long deviceId, LocalDate validFrom) {
        this.siteId = siteId;
        this.deviceId = deviceId;
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    public static TariffAssignment ofDevice(long deviceRowId, LocalDate from) {
        return new TariffAssignment(null, deviceRowId, from);
    }

    public static TariffAssignment ofSite(long siteId, LocalDate from) {
        return new TariffAssignment(siteId, null, from);
    }

    /** Sets the tariff (null: none) this assignment names from its date. */
    public TariffAssignment assign(Long tariffId, long userId, Instant now) {
        this.tariffId = tariffId;
        this.assignedBy = userId;
        this.assignedAt = now;
        return this;
    }

    /**
     * The plan for a device: on each date its own latest assignment from that date or before wins
     * when it names a tariff; where it names none (or there is none yet), the site's latest one
     * applies. With an empty {@code siteLevel} it is the plan of one level alone.
     */
    public static TariffPlan plan(List<TariffAssignment> ownLevel, List<TariffAssignment> siteLevel, Map<Long, Tariff> tariffs) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        ownLevel.forEach(a -> starts.add(a.validFrom));
        siteLevel.forEach(a -> starts.add(a.validFrom));
        List<TariffPeriod> periods = new ArrayList<>();
        for (LocalDate from : starts) {
            LocalDate until = starts.higher(from);
            Long tariffId = tariffOn(ownLevel, from).or(() -> tariffOn(siteLevel, from)).orElse(null);
            Tariff tariff = tariffId == null ? null : tariffs.get(tariffId);
            if (tariff == null) {
                continue;
            }
            for (TariffVersion version : tariff.versions()) {
                LocalDate start = from.isAfter(version.validFrom()) ? from : version.validFrom();
                LocalDate end = until == null || (version.validTo() != null && version.validTo().isBefore(until)) ? version.validTo() : until;
                if (end == null || start.isBefore(end)) {
                    periods.add(new TariffPeriod(start, end, tariffId, tariff.currency(), version));
                }
            }
        }
        return new TariffPlan(periods);
    }

    private static Optional<Long> tariffOn(List<TariffAssignment> level, LocalDate day) {
        return level.stream().filter(a -> !a.validFrom.isAfter(day)).max(Comparator.comparing(a -> a.validFrom))
                .map(a -> a.tariffId);
    }

    /** What metering must recompute after a change from {@code from} of a tariff assigned at {@code where}. */
    public static TariffChanged changed(LocalDate from, Collection<TariffAssignment> where) {
        return new TariffChanged(from,
                where.stream().map(a -> a.siteId).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()),
                where.stream().map(a -> a.deviceId).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** Empty: no tariff on this level from this date. */
    public Optional<Long> tariffId() {
        return Optional.ofNullable(tariffId);
    }

    public Long siteId() {
        return siteId;
    }

    public Long deviceRowId() {
        return deviceId;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
