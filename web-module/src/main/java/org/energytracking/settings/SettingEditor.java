package org.energytracking.settings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;
import org.energytracking.settings.boundary.SystemSettings;

/** The system page's dialog that changes one setting; the facade validates, stores and audits. */
@Named
@ViewScoped
public class SettingEditor implements Serializable {

    @Inject
    SystemSettings settings;
    @Inject
    PortalUser portalUser;
    @Inject
    SystemView systemView;

    private String name;
    private String value;
    private boolean secret;

    public void startEdit(DeploymentSetting row) {
        name = row.name();
        secret = row.secret();
        value = secret ? null : row.value();
    }

    public void save() {
        try {
            settings.change(name, value, Faces.client());
            Notice.done("admin", value == null || value.isBlank() ? "system.settingDefault" : "system.settingSaved", name);
            systemView.forgetSettings();
        } catch (Problem e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(secret ? "setting:secret" : "setting:value", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            context.validationFailed();
        }
    }

    public String getName() {
        return name;
    }

    public boolean isSecret() {
        return secret;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
