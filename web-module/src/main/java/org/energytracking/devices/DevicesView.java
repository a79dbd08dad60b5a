package org.energytracking.devices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.sites.boundary.Sites;

/** The devices page: the lazy table or card grid, its filter, deleting and the CSV file. */
@Named
@ViewScoped
public class DevicesView implements Serializable {

    private static final int CSV_LIMIT = 10_000;

    @Inject
    Devices devices;
    @Inject
    Sites sites;
    @Inject
    PortalUser user;

    private final Map<Long, String> siteNames = new LinkedHashMap<>();
    private DeviceTable table;
    private boolean cards;

    @PostConstruct
    void init() {
        if (user.can("sites:read")) {
            sites.list().forEach(site -> siteNames.put(site.id(), site.name()));
        }
        table = new DeviceTable(devices, user, siteNames);
    }

    public void delete(String deviceId) {
        try {
            devices.delete(deviceId, Faces.client());
            DeviceTexts.info("devices.deleted", deviceId);
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public String deleteQuestion(DeviceRow row) {
        return DeviceTexts.text("devices.delete.confirm", row.name(), row.deviceId());
    }

    public void exportCsv() {
        List<List<?>> rows = table.all(CSV_LIMIT).stream().<List<?>>map(row -> Arrays.asList(row.deviceId(),
                row.name(), row.type(), row.location(), row.siteName(), row.timezone(), row.counterMaxWh(),
                row.lastSeen() == null ? null : row.lastSeen().toOffsetDateTime())).toList();
        CsvDownload.send("devices.csv", List.of("device_id", "name", "type", "location", "site", "timezone",
                "counter_max_wh", "last_seen"), rows);
    }

    public Map<Long, String> getSiteNames() {
        return siteNames;
    }

    public List<SelectItem> getSites() {
        return siteNames.entrySet().stream().map(site -> new SelectItem(site.getKey(), site.getValue())).toList();
    }

    public DeviceTable getTable() {
        return table;
    }

    public boolean isCards() {
        return cards;
    }

    public void setCards(boolean cards) {
        this.cards = cards;
    }
}
