package org.energytracking.identity.entity;

import java.util.List;
import org.energytracking.kernel.Problem;

/** {@code resource:action}, e.g. {@code devices:write}. The catalog is fixed; roles pick from it. */
public record Permission(String resource, String action) {

    public static final List<String> RESOURCES = List.of("devices", "sites", "readings", "alerts", "reports", "users");
    public static final List<String> ACTIONS = List.of("read", "write", "delete");
    public static final List<Permission> CATALOG = RESOURCES.stream()
            .flatMap(resource -> ACTIONS.stream().map(action -> new Permission(resource, action))).toList();

    public static final Permission DEVICES_READ = of("devices:read");
    public static final Permission DEVICES_WRITE = of("devices:write");
    public static final Permission DEVICES_DELETE = of("devices:delete");
    public static final Permission SITES_READ = of("sites:read");
    public static final Permission SITES_WRITE = of("sites:write");
    public static final Permission SITES_DELETE = of("sites:delete");
    public static final Permission READINGS_READ = of("readings:read");
    public static final Permission READINGS_WRITE = of("readings:write");
    public static final Permission ALERTS_READ = of("alerts:read");
    public static final Permission ALERTS_WRITE = of("alerts:write");
    public static final Permission USERS_READ = of("users:read");
    public static final Permission USERS_WRITE = of("users:write");
    public static final Permission USERS_DELETE = of("users:delete");

    public Permission {
        if (!RESOURCES.contains(resource) || !ACTIONS.contains(action)) {
            throw Problem.invalid("permissions", "unknown permission " + resource + ":" + action + " (resources: "
                    + String.join(", ", RESOURCES) + "; actions: " + String.join(", ", ACTIONS) + ")");
        }
    }

    public static Permission of(String name) {
        int colon = name == null ? -1 : name.indexOf(':');
        if (colon < 0) {
            throw Problem.invalid("permissions", "permission '" + name + "' is not resource:action");
        }
        return new Permission(name.substring(0, colon), name.substring(colon + 1));
    }

    public String name() {
        return resource + ":" + action;
    }

    public String description() {
        return switch (action) {
            case "read" -> "See " + resource;
            case "write" -> "Create and change " + resource;
            default -> "Delete " + resource;
        };
    }
}
