package org.energytracking.cluster.entity;

/** An entry of a per-instance cache that some instance of the group changed in the database: forget it. */
public record Evicted(String cache, String item) {

    /** The item that stands for every entry of the cache. */
    public static final String ALL = "*";

    public boolean of(String name) {
        return cache.equals(name);
    }
}
