package org.energytracking.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.UtcInstant;
import org.energytracking.kernel.Zones;

/** A place whose devices belong together (a home, a plant); its members see them. */
@Entity
@Table(name = "site")
@NamedQuery(name = Site.ALL, query = "SELECT s FROM Site s ORDER BY s.name, s.id")
@NamedQuery(name = Site.OF_MEMBER, query = "SELECT s FROM Site s, SiteMember m WHERE m.siteId = s.id AND m.userId = :userId ORDER BY s.name, s.id")
@NamedQuery(name = Site.PERSONAL, query = "SELECT s FROM Site s WHERE s.personalOf = :userId")
public class Site {

    public static final String ALL = "Site.all";
    public static final String OF_MEMBER = "Site.ofMember";
    public static final String PERSONAL = "Site.personal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String timezone;
    @Column(name = "floor_area_m2")
    private BigDecimal floorAreaM2;
    @Column(name = "personal_of")
    private Long personalOf;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;
    @Version
    private long version;

    protected Site() {
    }

    public Site(String name, String timezone, Instant now) {
        this.createdAt = now;
        change(name, timezone, now);
    }

    public static Site personal(long userId, String firstName, Instant now) {
        Site site = new Site(firstName + "'s home", "UTC", now);
        site.personalOf = userId;
        return site;
    }

    public void change(String name, String timezone, Instant now) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw Problem.invalid("name", "name must be 1-200 characters");
        }
        this.timezone = Zones.nameOrUtc(timezone);
        this.name = name.strip();
        this.updatedAt = now;
    }

    /** The floor area for kWh per m²; null: not given. */
    public void resize(BigDecimal floorAreaM2) {
        if (floorAreaM2 != null && (floorAreaM2.signum() <= 0 || floorAreaM2.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0)) {
            throw Problem.invalid("floor_area_m2", "floor_area_m2 must be a positive number of square metres");
        }
        this.floorAreaM2 = floorAreaM2;
    }

    public BigDecimal floorAreaM2() {
        return floorAreaM2;
    }

    public boolean isPersonal() {
        return personalOf != null;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String timezone() {
        return timezone;
    }

    public Long personalOf() {
        return personalOf;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
