package org.energytracking.alerts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.energytracking.alerts.entity.Quantity;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.identity.PortalUser;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.SiteChoice;

/** The sites and devices the alert filters and the rule editor offer, read once per view. */
@Named
@ViewScoped
public class AlertChoices implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOST_DEVICES = 1_000;

    @Inject
    Sites sites;
    @Inject
    Devices devices;
    @Inject
    PortalUser user;

    private List<SiteChoice> siteList = List.of();
    private List<DeviceChoice> deviceList = List.of();

    /** A device as a menu offers it. */
    public record DeviceChoice(String deviceId, String name) implements Serializable {
    }

    void load() {
        siteList = user.can("sites:read") ? sites.list().stream().map(SiteChoice::of).toList() : List.of();
        deviceList = devices.list(0, MOST_DEVICES).stream().map(d -> new DeviceChoice(d.deviceId(), d.details().name())).toList();
    }

    public List<SiteChoice> getSites() {
        return siteList;
    }

    public List<DeviceChoice> getDevices() {
        return deviceList;
    }

    public String siteName(long siteId) {
        return siteList.stream().filter(site -> site.id() == siteId).map(SiteChoice::name).findFirst().orElse("#" + siteId);
    }

    public List<String> getSeverities() {
        return List.of(Severity.values()).stream().map(Severity::apiName).toList();
    }

    public List<String> getQuantities() {
        return List.of(Quantity.values()).stream().map(Quantity::apiName).toList();
    }
}
