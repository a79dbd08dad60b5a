package org.energytracking.database.entity;

/**
 * A CDI event fired once the schema is up to date, before the application takes traffic. Observers get
 * the database ready for their feature, in {@code @Priority} order (settings before the partitions that
 * follow the stored retention); one that fails makes startup try again, as a database still starting does.
 */
public record SchemaMigrated() {

    /** Settings load first: what other observers read may be an administrator's stored value. */
    public static final int SETTINGS = 100;
    public static final int PARTITIONS = 200;
}
