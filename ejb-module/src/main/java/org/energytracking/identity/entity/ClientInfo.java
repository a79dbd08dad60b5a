package org.energytracking.identity.entity;

/** Who is calling, as far as the request tells: kept on sessions and audit events. */
public record ClientInfo(String address, String userAgent) {

    public static final ClientInfo INTERNAL = new ClientInfo("internal", "energy-platform");

    public ClientInfo {
        address = cut(address, 64);
        userAgent = cut(userAgent, 200);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
