package org.energytracking.devices;

import org.energytracking.portal.Faces;

/** Texts and notices of the devices pages, from their own bundle. */
final class DeviceTexts {

    private DeviceTexts() {
    }

    static String text(String key, Object... arguments) {
        return Faces.textIn("devices", key, arguments);
    }

    static void info(String key, Object... arguments) {
        Faces.infoIn("devices", key, arguments);
    }
}
