package org.energytracking.notify.entity;

/**
 * An SMS: the device and what happened, in one segment (160 characters of the GSM alphabet), cut with "..."
 * rather than split, since a second segment costs as much as the first and says little more.
 */
public record SmsText(String text) {

    public static final int SEGMENT = 160;
    private static final String PREFIX = "[Energy] ";

    public static SmsText of(String words) {
        String whole = PREFIX + words.replaceAll("\\s+", " ").strip();
        return new SmsText(whole.length() <= SEGMENT ? whole : whole.substring(0, SEGMENT - 3).stripTrailing() + "...");
    }
}
