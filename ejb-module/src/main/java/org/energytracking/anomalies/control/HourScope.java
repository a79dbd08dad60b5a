package org.energytracking.anomalies.control;

/** Whose hours are judged: one device's own, or its site's total; and where the unusual ones found are kept. */
public record HourScope(long key, boolean site) {

    public static HourScope device(long deviceRowId) {
        return new HourScope(deviceRowId, false);
    }

    public static HourScope site(long siteId) {
        return new HourScope(siteId, true);
    }

    String flagTable() {
        return site ? "anomaly_site_hour" : "anomaly_hour";
    }

    String keyColumn() {
        return site ? "site_id" : "device_id";
    }
}
