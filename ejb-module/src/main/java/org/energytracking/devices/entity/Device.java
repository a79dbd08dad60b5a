package org.energytracking.devices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.energytracking.identity.entity.Secret;
import org.energytracking.kernel.UtcInstant;

/** A meter or plug that publishes readings under its device id, in the topics of its {@link DeviceProtocol}. */
@Entity
@Table(name = "device")
@NamedQuery(name = Device.ALL, query = "SELECT d FROM Device d WHERE d.parentId IS NULL ORDER BY d.deviceId")
@NamedQuery(name = Device.IN_SITES, query = "SELECT d FROM Device d WHERE d.siteId IN :siteIds AND d.parentId IS NULL ORDER BY d.deviceId")
@NamedQuery(name = Device.CHANNELS, query = "SELECT d FROM Device d WHERE d.parentId = :parentId ORDER BY d.deviceId")
@NamedQuery(name = Device.EXPORT_CHANNELS_OF_SITE, query = "SELECT d FROM Device d WHERE d.siteId = :siteId AND (d.channel = '"
        + Device.EXPORT_CHANNEL + "' OR d.addsToSite = TRUE AND d.channel LIKE '" + Device.EXPORT_CHANNEL + "%') ORDER BY d.id")
@NamedQuery(name = Device.COUNTED_IN_SITE, query = "SELECT d.id FROM Device d WHERE d.siteId = :siteId AND (d.parentId IS NULL"
        + " OR d.addsToSite = TRUE AND d.channel NOT LIKE '" + Device.EXPORT_CHANNEL + "%') ORDER BY d.id")
@NamedQuery(name = Device.BY_DEVICE_ID, query = "SELECT d FROM Device d WHERE d.deviceId = :deviceId")
public class Device {

    public static final String ALL = "Device.all";
    public static final String IN_SITES = "Device.inSites";
    public static final String BY_DEVICE_ID = "Device.byDeviceId";
    public static final String CHANNELS = "Device.channels";
    public static final String EXPORT_CHANNELS_OF_SITE = "Device.exportChannelsOfSite";
    /** The row ids whose consumption makes up a site's total: its devices and the channels that add to them. */
    public static final String COUNTED_IN_SITE = "Device.countedInSite";
    public static final int MAX_ID_LENGTH = 64;
    /** The channel that counts the energy a meter exports to the grid. */
    public static final String EXPORT_CHANNEL = "export";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "device_id", nullable = false, updatable = false)
    private String deviceId;
    private String name;
    private String type;
    private String location;
    private String timezone;
    @Column(name = "counter_max_wh")
    private Double counterMaxWh;
    @Convert(converter = ProtocolColumn.class)
    private DeviceProtocol protocol;
    @Column(name = "key_mapping")
    private String keyMapping;
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;
    @Column(insertable = false, updatable = false)
    private String channel;
    @Column(name = "adds_to_site", insertable = false, updatable = false)
    private boolean addsToSite;
    @Column(name = "reported_online", insertable = false, updatable = false)
    private Boolean reportedOnline;
    @Column(name = "reported_online_at", insertable = false, updatable = false)
    @Convert(converter = UtcInstant.class)
    private Instant reportedOnlineAt;
    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(name = "mqtt_secret_hash")
    private String mqttSecretHash;
    @Column(name = "created_at")
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;
    @Column(name = "last_seen_at", insertable = false, updatable = false)
    @Convert(converter = UtcInstant.class)
    private Instant lastSeenAt;
    @Version
    private long version;

    protected Device() {
    }

    public Device(String deviceId, DeviceDetails details, long siteId, long ownerId, Instant now) {
        if (!isValidId(deviceId)) {
            throw new IllegalArgumentException("invalid device id " + deviceId);
        }
        this.deviceId = deviceId;
        this.siteId = siteId;
        this.ownerId = ownerId;
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        update(details, now);
    }

    /** An id that is safe as one MQTT topic level: letters, digits, '-' and '_', at most 64. */
    public static boolean isValidId(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The id of a device's channel: {@code plug-1:export}, {@code pro3em:a}; never a registrable id. */
    public static String channelId(String deviceId, String channel) {
        return deviceId + ":" + channel;
    }

    /**
     * The id of the channel counting what {@code deviceId} exports to the grid: {@code plug-1:export} for a device,
     * {@code pro3em:exporta} for its channel {@code pro3em:a}.
     */
    public static String exportIdOf(String deviceId) {
        int colon = deviceId.indexOf(':');
        return colon < 0 ? channelId(deviceId, EXPORT_CHANNEL)
                : channelId(deviceId.substring(0, colon), EXPORT_CHANNEL + deviceId.substring(colon + 1));
    }

    /** A registrable id, or a channel's id: a registrable id, ':' and 1-16 lower-case letters or digits. */
    public static boolean isValidReference(String candidate) {
        int colon = candidate == null ? -1 : candidate.indexOf(':');
        if (colon < 0) {
            return isValidId(candidate);
        }
        String channel = candidate.substring(colon + 1);
        return isValidId(candidate.substring(0, colon)) && !channel.isEmpty() && channel.length() <= 16
                && channel.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    public void update(DeviceDetails details, Instant now) {
        this.name = details.name();
        this.type = details.type();
        this.location = details.location();
        this.timezone = details.timezone();
        this.counterMaxWh = details.counterMaxWh();
        this.protocol = details.protocol();
        this.keyMapping = details.keyMapping().targets().isEmpty() ? null : details.keyMapping().text();
        this.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A new MQTT password (the username is the device id). Only its hash is kept, so it can be
     * shown once; issuing another makes the previous one stop working.
     */
    public Secret issueMqttSecret(Instant now) {
        Secret secret = Secret.generate();
        this.mqttSecretHash = secret.hash();
        this.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        return secret;
    }

    public void moveTo(long siteId, Instant now) {
        this.siteId = siteId;
        this.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public Long id() {
        return id;
    }

    public String deviceId() {
        return deviceId;
    }

    /** Null for devices registered before sites existed: only administrators see those. */
    public Long siteId() {
        return siteId;
    }

    public DeviceDetails details() {
        return new DeviceDetails(name, type, location, timezone, counterMaxWh, protocol, KeyMapping.parse(keyMapping));
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** The device this is a channel of (the ingest path creates channels), or empty for a device of its own. */
    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** A device of its own, or a channel whose consumption its site's totals add (a Shelly's further relay). */
    public boolean countsInSiteTotal() {
        return parentId == null || addsToSite && !isExportChannel();
    }

    /** The device's own export channel, or a phase's or further channel's ({@code exporta}, {@code export1}). */
    public boolean isExportChannel() {
        return channel != null && channel.startsWith(EXPORT_CHANNEL);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * What the device last said of itself (Tasmota LWT, Shelly online) when that is newer than its last
     * reading; otherwise online while it has published within the last five minutes.
     */
    public boolean isOnline(Instant now) {
        return Availability.online(lastSeenAt, reportedOnline, reportedOnlineAt, now);
    }

    /** When the device itself said it went offline (LWT, Shelly online false), if that is its latest word. */
    public Optional<Instant> saidOfflineAt() {
        return Availability.said(false, lastSeenAt, reportedOnline, reportedOnlineAt);
    }

    /** When the device itself said it is online again, if that is its latest word. */
    public Optional<Instant> saidOnlineAt() {
        return Availability.said(true, lastSeenAt, reportedOnline, reportedOnlineAt);
    }

    public Optional<Instant> lastSeenAt() {
        return Optional.ofNullable(lastSeenAt);
    }
}
