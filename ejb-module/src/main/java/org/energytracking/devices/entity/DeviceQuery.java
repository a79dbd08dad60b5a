package org.energytracking.devices.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page's worth of the device list: a text matched against name, id and type, an optional site,
 * and a sort on name, id or last seen. Builds the JPQL so the database pages, not the caller.
 */
public record DeviceQuery(String text, Long siteId, String sort, boolean descending) {

    private static final Map<String, String> SORTS = Map.of("name", "d.name", "deviceId", "d.deviceId",
            "lastSeen", "d.lastSeenAt");

    public DeviceQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort != null && SORTS.containsKey(sort) ? sort : "name";
    }

    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, false);
    }

    /** The WHERE (and ORDER BY, for a page) after {@code select}; {@code :siteIds} only when restricted. */
    public String jpql(String select, boolean restrictedToSites, boolean ordered) {
        List<String> conditions = new ArrayList<>();
        conditions.add("d.parentId IS NULL"); // channels are shown with their device
        if (restrictedToSites) {
            conditions.add("d.siteId IN :siteIds");
        }
        if (text != null) {
            conditions.add("(LOWER(d.name) LIKE :text ESCAPE '!' OR LOWER(d.deviceId) LIKE :text ESCAPE '!'"
                    + " OR LOWER(d.type) LIKE :text ESCAPE '!')");
        }
        if (siteId != null) {
            conditions.add("d.siteId = :siteId");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = ordered ? " ORDER BY " + SORTS.get(sort) + (descending ? " DESC" : " ASC") + ", d.deviceId" : "";
        return select + " FROM Device d" + where + order;
    }

    /** The LIKE pattern of the text, its wildcards taken literally. */
    public String pattern() {
        return "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
