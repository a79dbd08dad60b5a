package org.energytracking.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

final class ExternalDatabase {

    private static final Logger LOG = Logger.getLogger(ExternalDatabase.class.getName());

    private ExternalDatabase() {
    }

    /** Creates the database of DB_URL if the account may; an account without that right needs it to exist. */
    static void ensureExists(DatabaseUrl url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url.serverUrl(), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + url.databaseName().replace("`", "") + "`");
        } catch (SQLException e) {
            LOG.warning(() -> "Could not check or create database " + url.databaseName() + ": " + e.getMessage());
        }
    }
}
