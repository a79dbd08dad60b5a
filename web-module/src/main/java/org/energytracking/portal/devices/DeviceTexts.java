package org.energytracking.portal.devices;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.energytracking.portal.Faces;

/** Texts and notices of the devices pages, from their own bundle. */
final class DeviceTexts {

    private DeviceTexts() {
    }

    static String text(String key, Object... arguments) {
        return Faces.textIn("devices", key, arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
