package org.energytracking.devices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.DeviceQuery;
import org.energytracking.identity.PortalUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The caller's devices, one page per database query, for both the table and the card grid. */
public class DeviceTable extends LazyDataModel<DeviceRow> {

    private final Devices devices;
    private final PortalUser user;
    private final Map<Long, String> siteNames;
    private String text;
    private Long siteId;

    DeviceTable(Devices devices, PortalUser user, Map<Long, String> siteNames) {
        this.devices = devices;
        this.user = user;
        this.siteNames = siteNames;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) devices.count(query(Map.of()));
    }

    @Override
    public List<DeviceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Instant now = Instant.now();
        return devices.page(query(sortBy), first, pageSize).stream()
                .map(device -> DeviceRow.of(device, siteNames, now)).toList();
    }

    /** Every device matching the filter, for the CSV file, in the table's default order. */
    List<DeviceRow> all(int limit) {
        return load(0, limit, Map.of(), Map.of());
    }

    @Override
    public String getRowKey(DeviceRow row) {
        return row.deviceId();
    }

    private DeviceQuery query(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return sort == null ? new DeviceQuery(text, siteId, null, false)
                : new DeviceQuery(text, siteId, sort.getField(), sort.getOrder() == SortOrder.DESCENDING);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
