package org.energytracking.cluster.entity;

import java.util.UUID;

/**
 * Who holds a schedule lease: an app-server instance ({@code host/instance}) and one life of its JVM
 * ({@code pid-random}). A restarted instance is the same place in a new life, so it may drop the leases its
 * previous life left instead of waiting for them to run out.
 */
public record Holder(String place, String life) {

    public static Holder of(String host, String instance, long pid) {
        return new Holder(host + "/" + instance, pid + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public String id() {
        return place + "/" + life;
    }

    /** What every life of this place's holder ids begins with. */
    public String placePrefix() {
        return place + "/";
    }

    /** Another life of this instance (say, before a restart or a kill), not this one nor another instance. */
    public boolean isEarlierLifeOf(String holderId) {
        return holderId.startsWith(placePrefix()) && !holderId.equals(id()) && holderId.indexOf('/', placePrefix().length()) < 0;
    }
}
