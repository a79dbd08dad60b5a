package org.energytracking.notify.entity;

import java.util.Locale;

/** Where a notification goes. */
public enum Channel {
    EMAIL, WEBHOOK, SMS, PORTAL;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
