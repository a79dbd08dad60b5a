package org.energytracking.settings;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.energytracking.settings.entity.EditableSetting;
import org.energytracking.settings.entity.SettingSource;
import org.energytracking.settings.entity.SettingState;

/**
 * A setting as the system page shows it: its effective value, the environment variable that sets it
 * (MicroProfile Config's mapping: not alphanumeric → _, upper case), where the value comes from, and
 * whether administrators may change it here. A secret only says whether it is set.
 */
public record DeploymentSetting(String name, String value, String environmentVariable, String source, boolean editable,
                                String setBy, boolean secret, boolean set) implements Serializable {

    static final List<String> SHOWN = List.of("partitions.months-ahead", "public.url", "mqtt.public.host", "mqtt.public.port",
            "auth.invitation-ttl", "ratelimit.max-keys",
            "metering.rollup-batch", "metering.rollup-span-days", "metering.counter-reach",
            "writer.max-batch-readings", "writer.retry-window-seconds");

    /** The editable settings first, then the deployment's own; a secret's value never reaches the page. */
    static List<DeploymentSetting> of(List<SettingState> editable, Config config) {
        return Stream.concat(editable.stream().map(DeploymentSetting::of),
                SHOWN.stream().filter(name -> !isSecret(name)).map(name -> deployment(name, config))).toList();
    }

    private static DeploymentSetting of(SettingState state) {
        EditableSetting setting = EditableSetting.named(state.name());
        return new DeploymentSetting(state.name(), state.value(), setting.environmentVariable(), state.source().code(),
                state.editable(), state.setBy(), setting.secret(), state.set());
    }

    private static DeploymentSetting deployment(String name, Config config) {
        String setBy = SettingSource.deploymentOverride(name, System::getenv, System::getProperty).orElse(null);
        String value = config.getOptionalValue(name, String.class).orElse(null);
        return new DeploymentSetting(name, value, SettingSource.environmentVariable(name),
                (setBy == null ? SettingSource.DEFAULT : SettingSource.ENVIRONMENT).code(), false, setBy, false, value != null);
    }

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("key") && !lower.contains("keys");
    }

    /** Set by an environment variable or system property rather than only shipped as a default. */
    public boolean isFromEnvironment() {
        return setBy != null;
    }

    public boolean isSystemProperty() {
        return setBy != null && setBy.startsWith("-D");
    }
}
