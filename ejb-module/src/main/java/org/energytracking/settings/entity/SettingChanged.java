package org.energytracking.settings.entity;

/** A CDI event: an administrator changed a setting at runtime, fired once the new value is in effect. */
public record SettingChanged(EditableSetting setting) {
}
