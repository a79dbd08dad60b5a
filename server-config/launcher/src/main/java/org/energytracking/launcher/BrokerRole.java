package org.energytracking.launcher;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;

/**
 * Who may do what on the embedded broker. A device owns the addresses under its id in every family's
 * layout: {@code devices.{id}.} (native), {@code tele|stat|cmnd.{id}.} (Tasmota), {@code shellies.{id}.}
 * (Shelly Gen1) and {@code {id}.} (Shelly Gen2, whose MQTT prefix is the id): it may publish and subscribe
 * there, nothing else, besides publishing to the few shared topics its firmware insists on (a refused
 * publish closes an MQTT 3.1.1 connection): Gen1's {@code shellies/announce} and ThingsBoard's
 * {@code v1/devices/me/telemetry|attributes}, whose sender the platform learns from the validated user.
 * The platform's own resource-adapter user may do everything; anonymous clients, when allowed for demos,
 * may only publish native readings.
 */
enum BrokerRole {
    PLATFORM,
    DEVICE,
    ANONYMOUS;

    private static final String DEVICES = "devices.";
    /** First levels of the families' layouts, and the platform's own topics: never a Shelly Gen2 prefix of its own. */
    private static final List<String> RESERVED = List.of("devices", "tele", "stat", "cmnd", "shellies", "v1", "platform");
    private static final List<String> FAMILY_PREFIXES = List.of("devices.", "tele.", "stat.", "cmnd.", "shellies.");
    private static final Set<String> SHARED_PUBLISH = Set.of("shellies.announce", "v1.devices.me.telemetry",
            "v1.devices.me.attributes");
    private static final Set<CheckType> PUBLISH = EnumSet.of(CheckType.SEND, CheckType.CREATE_ADDRESS);
    private static final Set<CheckType> PUBLISH_AND_SUBSCRIBE = EnumSet.of(CheckType.SEND, CheckType.CREATE_ADDRESS,
            CheckType.CONSUME, CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE,
            CheckType.CREATE_DURABLE_QUEUE, CheckType.DELETE_DURABLE_QUEUE);

    /** {@code address} may be fully qualified ({@code address::queue}); only the address part counts. */
    boolean allows(String user, CheckType check, String address) {
        int queue = address.indexOf("::");
        String bare = queue < 0 ? address : address.substring(0, queue);
        return switch (this) {
            case PLATFORM -> true;
            case DEVICE -> PUBLISH_AND_SUBSCRIBE.contains(check) && ownsAddress(user, bare)
                    || PUBLISH.contains(check) && SHARED_PUBLISH.contains(bare);
            case ANONYMOUS -> PUBLISH.contains(check) && bare.startsWith(DEVICES) && bare.length() > DEVICES.length();
        };
    }

    private static boolean ownsAddress(String user, String address) {
        for (String prefix : FAMILY_PREFIXES) {
            if (address.startsWith(prefix + user + ".")) {
                return true;
            }
        }
        return !RESERVED.contains(user) && address.startsWith(user + ".");
    }
}
