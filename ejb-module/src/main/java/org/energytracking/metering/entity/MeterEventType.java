package org.energytracking.metering.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What happened to a meter's counter: detected (reset, rollover) or declared (replacement). */
public enum MeterEventType {
    RESET, ROLLOVER, REPLACEMENT;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeterEventType parse(String apiName) {
        for (MeterEventType type : values()) {
            if (type.apiName().equals(apiName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown meter event type '" + apiName + "' (allowed: "
                + Arrays.stream(values()).map(MeterEventType::apiName).collect(Collectors.joining(", ")) + ")");
    }
}
