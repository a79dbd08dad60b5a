package org.energytracking.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Role;
import org.energytracking.kernel.UtcInstant;

/** A user's membership of a site, with the role they have there. */
@Entity
@Table(name = "site_member")
@IdClass(SiteMember.Key.class)
@NamedQuery(name = SiteMember.OF_USER, query = "SELECT m FROM SiteMember m WHERE m.userId = :userId")
@NamedQuery(name = SiteMember.OF_SITE, query = "SELECT m FROM SiteMember m WHERE m.siteId = :siteId ORDER BY m.userId")
public class SiteMember {

    public static final String OF_USER = "SiteMember.ofUser";
    public static final String OF_SITE = "SiteMember.ofSite";

    public record Key(Long siteId, Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "site_id")
    private Long siteId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "role_id")
    private Role role;
    @Column(name = "added_at")
    @Convert(converter = UtcInstant.class)
    private Instant addedAt;

    protected SiteMember() {
    }

    public SiteMember(long siteId, long userId, Role role, Instant now) {
        this.siteId = siteId;
        this.userId = userId;
        this.role = role;
        this.addedAt = now;
    }

    public boolean allows(Permission permission) {
        return Role.ADMIN.equals(role.name()) || role.grants(permission);
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public Long siteId() {
        return siteId;
    }

    public Long userId() {
        return userId;
    }

    public Role role() {
        return role;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
