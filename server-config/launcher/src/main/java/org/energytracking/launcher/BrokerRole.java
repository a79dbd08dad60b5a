package org.energytracking.launcher;

import java.util.EnumSet;
import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;

/**
 * Who may do what on the embedded broker. A device owns the addresses under {@code devices.{its id}.}
 * (MQTT {@code devices/{id}/...}): it may publish there and subscribe there, nothing else. The platform's
 * own resource-adapter user may do everything; anonymous clients, when allowed for demos, may only publish readings.
 */
enum BrokerRole {
    PLATFORM,
    DEVICE,
    ANONYMOUS;

    private static final String DEVICES = "devices.";
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
            case DEVICE -> PUBLISH_AND_SUBSCRIBE.contains(check) && bare.startsWith(DEVICES + user + ".");
            case ANONYMOUS -> PUBLISH.contains(check) && bare.startsWith(DEVICES) && bare.length() > DEVICES.length();
        };
    }
}
