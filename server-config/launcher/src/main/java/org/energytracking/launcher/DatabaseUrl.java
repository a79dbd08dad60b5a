package org.energytracking.launcher;

import java.net.URI;

/** A MariaDB JDBC URL as the app server needs it: jbatch only recognises "MySQL" metadata. */
record DatabaseUrl(String url) {

    static DatabaseUrl of(String url) {
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new IllegalArgumentException("DB_URL must be a jdbc:mariadb:// URL, got '" + url + "'");
        }
        if (url.contains("useMysqlMetadata")) {
            return new DatabaseUrl(url);
        }
        return new DatabaseUrl(url + (url.contains("?") ? "&" : "?") + "useMysqlMetadata=true");
    }

    String databaseName() {
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        if (path == null || path.length() < 2) {
            throw new IllegalArgumentException("DB_URL must name a database, e.g. jdbc:mariadb://host:3306/energy");
        }
        return path.substring(1);
    }

    /** The same server without a database, to create the database if it does not exist yet. */
    String serverUrl() {
        int slash = url.indexOf('/', "jdbc:mariadb://".length());
        return url.substring(0, slash + 1);
    }
}
