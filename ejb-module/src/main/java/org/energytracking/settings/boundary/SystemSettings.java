package org.energytracking.settings.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.energytracking.cluster.control.Evictions;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.kernel.Problem;
import org.energytracking.settings.control.DatabaseConfigSource;
import org.energytracking.settings.control.SettingRows;
import org.energytracking.settings.entity.EditableSetting;
import org.energytracking.settings.entity.SettingChanged;
import org.energytracking.settings.entity.SettingSource;
import org.energytracking.settings.entity.SettingState;

/**
 * The settings administrators change at runtime (retention, SMTP, rate limits). A change is
 * stored, then handed to Config, which every consumer reads at use time; the deployment's
 * environment variables and system properties still win and make a setting read-only.
 */
@Stateless
public class SystemSettings {

    private static final Logger LOG = Logger.getLogger(SystemSettings.class.getName());

    @Inject
    CurrentCaller current;
    @Inject
    SettingRows rows;
    @Inject
    AuditTrail audit;
    @Inject
    Event<SettingChanged> changed;
    @Inject
    Evictions evictions;

    public List<SettingState> list() {
        requireAdmin();
        return Arrays.stream(EditableSetting.values()).map(SystemSettings::state).toList();
    }

    /** Sets one setting (a null or blank value restores the default); committed before Config sees it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SettingState change(String name, String value, ClientInfo client) {
        Caller caller = requireAdmin();
        EditableSetting setting = EditableSetting.named(name);
        SettingState existing = state(setting);
        if (!existing.editable()) {
            throw Problem.conflict(name, name + " is set by " + existing.overriddenBy() + " and cannot be changed here");
        }
        String normalised = setting.normalise(value);
        String before = effective(setting);
        rows.store(name, normalised, caller.email());
        DatabaseConfigSource.put(name, normalised);
        evictions.record(SettingRows.CACHE, name);
        String after = effective(setting);
        audit.record(AuditAction.SETTING_CHANGED, "setting:" + name, client, name + ": " + SettingState.change(setting, before, after));
        LOG.log(Level.INFO, "Setting {0} changed by {1}", new Object[] {name, caller.email()});
        changed.fire(new SettingChanged(setting));
        return state(setting);
    }

    private static SettingState state(EditableSetting setting) {
        String setBy = SettingSource.deploymentOverride(setting.key(), System::getenv, System::getProperty).orElse(null);
        return SettingState.of(setting, effective(setting), DatabaseConfigSource.has(setting.key()), setBy);
    }

    private static String effective(EditableSetting setting) {
        return ConfigProvider.getConfig().getOptionalValue(setting.key(), String.class).orElse(null);
    }

    private Caller requireAdmin() {
        Caller caller = current.get();
        if (!caller.isAdmin()) {
            throw Problem.forbidden("only administrators see and change system settings");
        }
        return caller;
    }
}
