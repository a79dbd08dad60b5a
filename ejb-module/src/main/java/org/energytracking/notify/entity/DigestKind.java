package org.energytracking.notify.entity;

import org.energytracking.kernel.ApiNames;

/** Why emails were held to go out together: quiet hours ended, or the user takes one email a day. */
public enum DigestKind {
    QUIET, DAILY;

    public String apiName() {
        return ApiNames.of(this);
    }
}
