package org.energytracking.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.energytracking.kernel.UtcInstant;

/** An account: a person who signs in. Table app_user ("user" is reserved in SQL). */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_EMAIL, query = "SELECT u FROM User u WHERE u.email = :email")
@NamedQuery(name = User.ALL, query = "SELECT u FROM User u ORDER BY u.email")
@NamedQuery(name = User.MATCHING, query = "SELECT u FROM User u WHERE u.email LIKE :text OR LOWER(u.firstName) LIKE :text"
        + " OR LOWER(u.lastName) LIKE :text ORDER BY u.email")
@NamedQuery(name = User.COUNT_MATCHING, query = "SELECT COUNT(u) FROM User u WHERE u.email LIKE :text"
        + " OR LOWER(u.firstName) LIKE :text OR LOWER(u.lastName) LIKE :text")
@NamedQuery(name = User.COUNT_WITH_ROLE, query = "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r.name = :role")
public class User {

    public static final String BY_EMAIL = "User.byEmail";
    public static final String ALL = "User.all";
    public static final String MATCHING = "User.matching";
    public static final String COUNT_MATCHING = "User.countMatching";
    public static final String COUNT_WITH_ROLE = "User.countWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String timezone = "UTC";
    /** BCP 47 tag of the locale numbers are written in for this user (reports); null: the platform's. */
    private String locale;
    private boolean enabled = true;
    @Column(name = "email_verified")
    private boolean emailVerified;
    @Embedded
    private FailedSignIns failedSignIns = new FailedSignIns();
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"), inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;
    @Version
    private long version;

    protected User() {
    }

    public User(String email, String passwordHash, String firstName, String lastName, Instant now) {
        this.email = normalise(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Someone an administrator invited: no password until they accept by the emailed link. */
    public static User invited(String email, String firstName, String lastName, Instant now) {
        return new User(email, null, firstName, lastName, now);
    }

    /** Emails compare case-insensitively: one account per address however it is typed. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String firstName, String lastName, Instant now) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.updatedAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.failedSignIns.succeeded();
        this.updatedAt = now;
    }

    /** The invitee chose a password through the link sent to this address, which confirms it too. */
    public void acceptInvitation(String newHash, Instant now) {
        changePassword(newHash, now);
        this.emailVerified = true;
    }

    public boolean invitationPending() {
        return passwordHash == null;
    }

    /** The zone the portal shows this user's times in. */
    public void moveTo(ZoneId zone, Instant now) {
        this.timezone = zone.getId();
        this.updatedAt = now;
    }

    /** Numbers in reports for this user in {@code tag}'s locale; null goes back to the platform's. */
    public void writeNumbersIn(String tag, Instant now) {
        this.locale = tag;
        this.updatedAt = now;
    }

    /** The user's locale for numbers, if they chose one. */
    public String locale() {
        return locale;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public void assignRoles(Collection<Role> newRoles, Instant now) {
        this.roles = new HashSet<>(newRoles);
        this.updatedAt = now;
    }

    public void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public void verifyEmail(Instant now) {
        this.emailVerified = true;
        this.updatedAt = now;
    }

    public boolean hasRole(String name) {
        return roles.stream().anyMatch(role -> role.name().equals(name));
    }

    public Set<String> roleNames() {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return names;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public FailedSignIns failedSignIns() {
        return failedSignIns;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
