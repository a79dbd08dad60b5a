package org.energytracking.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.portal.Faces;

/**
 * Where devices reach the broker, as the portal tells people: {@code mqtt.public.host} and
 * {@code mqtt.public.port} when set (a proxy, NAT or DNS name in front of the platform), else the
 * name the browser used for the portal, since the broker runs beside it, and the broker's own port.
 */
@ApplicationScoped
public class MqttEndpoint {

    @Inject
    @ConfigProperty(name = "mqtt.public.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "mqtt.public.port")
    Optional<Integer> port;
    @Inject
    @ConfigProperty(name = "mqtt.port", defaultValue = "1883")
    int acceptorPort;

    /** For the device, with its password, or a placeholder when the password is not known any more. */
    MqttAccess access(String deviceId, String protocol, String password) {
        return new MqttAccess(deviceId, password == null ? MqttAccess.PLACEHOLDER : password,
                host.filter(name -> !name.isBlank()).map(String::strip).orElseGet(() -> Faces.request().getServerName()),
                port.orElse(acceptorPort), protocol);
    }
}
