package org.energytracking.notify.entity;

import java.time.LocalTime;

/**
 * What a user chooses: per channel the lowest severity it carries (null: none), a phone for SMS, quiet hours
 * in their zone (both or neither) during which non-critical notifications wait until the hours end, and
 * whether non-critical emails come as one daily digest at {@code digestAt} (null: 07:00) in their zone.
 */
public record PreferenceChoice(String emailMin, String webhookMin, String smsMin, String portalMin, String phone, LocalTime quietFrom,
        LocalTime quietTo, boolean dailyDigest, LocalTime digestAt) {
}
