package org.energytracking.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.energytracking.identity.PortalUser;
import org.energytracking.identity.boundary.UserAdministration;
import org.energytracking.portal.CsvDownload;
import org.energytracking.settings.boundary.SystemSettings;
import org.energytracking.sites.boundary.Sites;

/**
 * The settings (administrators change some at runtime, see {@link SettingEditor}; environment variables
 * set the rest), whether the platform is ready, how big it is.
 */
@Named
@RequestScoped
public class SystemView {

    @Inject
    PortalUser portalUser;
    @Inject
    UserAdministration users;
    @Inject
    Sites sites;
    @Inject
    @Readiness
    Instance<HealthCheck> readiness;
    @Inject
    MetricRegistry metrics;
    @Inject
    SystemSettings systemSettings;

    private List<DeploymentSetting> settings;
    private List<Check> checks;

    /** One readiness check's answer, its data sorted by name. */
    public record Check(String name, boolean up, Map<String, Object> data) {
        static Check of(HealthCheckResponse response) {
            return new Check(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP,
                    new TreeMap<>(response.getData().orElse(Map.of())));
        }

        public List<Map.Entry<String, Object>> getDataEntries() {
            return List.copyOf(data.entrySet());
        }
    }

    public List<DeploymentSetting> getSettings() {
        if (settings == null) {
            settings = DeploymentSetting.of(systemSettings.list(), ConfigProvider.getConfig());
        }
        return settings;
    }

    /** After a change, so the table shows the new values in the same request. */
    void forgetSettings() {
        settings = null;
    }

    public List<Check> getChecks() {
        if (checks == null) {
            checks = readiness.stream().map(HealthCheck::call).map(Check::of).toList();
        }
        return checks;
    }

    public boolean isReady() {
        return getChecks().stream().allMatch(Check::up);
    }

    public long getUsers() {
        return users.count("");
    }

    public long getSites() {
        return sites.count();
    }

    public long getReadingsAccepted() {
        return total("readings_accepted");
    }

    public long getReadingsRejected() {
        return total("readings_rejected");
    }

    /** Since this server started, over every source (MQTT, HTTP). */
    private long total(String counter) {
        return metrics.getCounters((id, metric) -> id.getName().equals(counter)).values().stream().mapToLong(Counter::getCount).sum();
    }

    public void export() {
        List<List<Object>> rows = Stream.concat(
                getSettings().stream().map(s -> Arrays.<Object>asList("setting", s.name(), s.value(), s.environmentVariable())),
                getChecks().stream().map(c -> Arrays.<Object>asList("health", c.name(), c.up() ? "UP" : "DOWN", c.data().toString()))).toList();
        CsvDownload.send("system.csv", List.of("kind", "name", "value", "environment_variable_or_data"), rows);
    }
}
