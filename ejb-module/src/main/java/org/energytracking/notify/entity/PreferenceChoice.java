package org.energytracking.notify.entity;

import java.time.LocalTime;

/**
 * What a user chooses: per channel the lowest severity it carries (null: none), a phone for SMS, and quiet
 * hours in their zone (both or neither) during which non-critical notifications wait until the hours end.
 */
public record PreferenceChoice(String emailMin, String webhookMin, String smsMin, String portalMin, String phone, LocalTime quietFrom,
        LocalTime quietTo, boolean dailyDigest) {
}
