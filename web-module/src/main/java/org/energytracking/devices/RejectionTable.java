package org.energytracking.devices;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.PortalUser;
import org.energytracking.ingest.boundary.Rejections;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A device's refused messages, newest first, one page per query. */
public class RejectionTable extends LazyDataModel<RejectionRow> {

    private final Rejections rejections;
    private final PortalUser user;
    private final String deviceId;
    private final ZoneId zone;

    RejectionTable(Rejections rejections, PortalUser user, String deviceId, ZoneId zone) {
        this.rejections = rejections;
        this.user = user;
        this.deviceId = deviceId;
        this.zone = zone;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) rejections.countOfDevice(deviceId);
    }

    @Override
    public List<RejectionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rejections.ofDevice(deviceId, first, pageSize).stream().map(m -> RejectionRow.of(m, zone)).toList();
    }

    @Override
    public String getRowKey(RejectionRow row) {
        return row.receivedAt().toInstant().toEpochMilli() + ":" + row.reason().hashCode();
    }
}
