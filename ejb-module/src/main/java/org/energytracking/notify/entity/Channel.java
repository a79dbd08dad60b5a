package org.energytracking.notify.entity;

import org.energytracking.kernel.ApiNames;

/** Where a notification goes. */
public enum Channel {
    EMAIL, WEBHOOK, SMS, PORTAL;

    public String apiName() {
        return ApiNames.of(this);
    }
}
