package org.energytracking.devices;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.PortalUser;
import org.energytracking.identity.entity.Permission;
import org.energytracking.ingest.boundary.ReadingHistory;
import org.energytracking.ingest.entity.Reading;
import org.energytracking.portal.Charts;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.Site;

/** The device page's header, its live power over the last hour (polled) and how to connect it. */
@Named
@ViewScoped
public class DeviceView implements Serializable {

    private static final int LIVE_LIMIT = 4_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    Devices devices;
    @Inject
    Sites sites;
    @Inject
    ReadingHistory history;
    @Inject
    PortalUser user;
    @Inject
    MqttEndpoint mqtt;

    private String id;
    private long rowId;
    private String siteName;
    private DeviceRow device;
    private Date latestAt;
    private Double latestPowerW;
    private Double latestEnergyWh;
    private String liveJson;
    private MqttAccess access;
    private List<String> channels = List.of();
    private boolean channel;

    /** A device the caller may not see is a 404 page, as the facade decides. */
    public void load() {
        Device found = devices.find(id, Permission.DEVICES_READ);
        rowId = found.id();
        siteName = !user.can("sites:read") ? null : sites.list().stream().filter(site -> site.id().equals(found.siteId()))
                .map(Site::name).findFirst().orElse(null);
        access = mqtt.access(found.deviceId(), found.details().protocol().key(), null);
        channel = found.parentId().isPresent();
        channels = channel ? List.of() : devices.channels(found.deviceId()).stream().map(Device::deviceId).toList();
        refresh();
    }

    public void refresh() {
        Instant now = Instant.now();
        Device found = devices.find(id, Permission.DEVICES_READ);
        device = DeviceRow.of(found, siteName == null ? Map.of() : Map.of(found.siteId(), siteName), now);
        ZoneId zone = zone();
        history.latest(rowId, id).ifPresent(reading -> {
            latestAt = new Date(reading.ts());
            latestPowerW = reading.powerW();
            latestEnergyWh = reading.energyWh();
        });
        List<Reading> lastHour = history.between(rowId, id, now.minus(1, ChronoUnit.HOURS).toEpochMilli(), now.toEpochMilli() + 1,
                LIVE_LIMIT);
        liveJson = lastHour.isEmpty() ? null : Charts.lines(
                lastHour.stream().map(r -> CLOCK.format(Instant.ofEpochMilli(r.ts()).atZone(zone))).toList(), "W",
                List.of(new Charts.Series(DeviceTexts.text("device.live.series"), lastHour.stream().map(Reading::powerW).toList(), 0)));
    }

    public ZoneId zone() {
        return ZoneId.of(device.timezone());
    }

    public String getId() {
        return id;
    }

    /** Ids of the device's channels, each a page of its own. */
    public List<String> getChannels() {
        return channels;
    }

    /** A channel has no broker login of its own: its device publishes for it. */
    public boolean isChannel() {
        return channel;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DeviceRow getDevice() {
        return device;
    }

    public Date getLatestAt() {
        return latestAt;
    }

    public Double getLatestPowerW() {
        return latestPowerW;
    }

    public Double getLatestEnergyWh() {
        return latestEnergyWh;
    }

    public String getLiveJson() {
        return liveJson;
    }

    public MqttAccess getAccess() {
        return access;
    }
}
