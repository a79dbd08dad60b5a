package org.energytracking.settings.entity;

/**
 * A setting as administrators see it: its effective value (null for a secret, which only says
 * whether it is {@code set}), where that comes from, and what outranks the database if anything does.
 */
public record SettingState(String name, String value, SettingSource source, String setBy, boolean set) {

    public static SettingState of(EditableSetting setting, String effective, boolean inDatabase, String setBy) {
        SettingSource source = setBy != null ? SettingSource.ENVIRONMENT : inDatabase ? SettingSource.DATABASE : SettingSource.DEFAULT;
        boolean set = effective != null && !effective.isEmpty();
        return new SettingState(setting.key(), setting.secret() ? null : effective, source, setBy, set);
    }

    public boolean editable() {
        return setBy == null;
    }

    /** "the environment variable MAIL_FROM" or "the system property mail.from"; null when editable. */
    public String overriddenBy() {
        if (setBy == null) {
            return null;
        }
        return setBy.startsWith("-D") ? "the system property " + setBy.substring(2) : "the environment variable " + setBy;
    }

    /** How the audit trail tells the change: old → new, or only that a secret changed. */
    public static String change(EditableSetting setting, String before, String after) {
        if (setting.secret()) {
            return after == null ? "cleared" : "changed";
        }
        return (before == null ? "(default)" : before) + " -> " + (after == null ? "(default)" : after);
    }
}
