package org.energytracking.ingest.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.database.entity.SchemaMigrated;
import org.energytracking.ingest.entity.MonthlyPartition;
import org.energytracking.ingest.entity.PartitionPlan;
import org.energytracking.settings.entity.EditableSetting;
import org.energytracking.settings.entity.SettingChanged;

/** Keeps reading's monthly partitions ahead of time and drops those past retention (never DELETE). */
@ApplicationScoped
public class ReadingPartitions {

    private static final Logger LOG = Logger.getLogger(ReadingPartitions.class.getName());
    private static final String EXISTING = "SELECT PARTITION_NAME, PARTITION_DESCRIPTION FROM information_schema.PARTITIONS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'reading' AND PARTITION_NAME IS NOT NULL";

    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;
    // retention changes at runtime: read at use time (EditableSetting.wholeNumber)
    @Inject
    Config config;
    @Inject
    @ConfigProperty(name = "partitions.months-ahead")
    int monthsAhead;

    /** Before the first reading arrives: a failure here makes startup try again. */
    void onSchemaMigrated(@Observes @Priority(SchemaMigrated.PARTITIONS) SchemaMigrated migrated) {
        try {
            maintain();
        } catch (SQLException e) {
            throw new IllegalStateException("reading partitions could not be maintained", e);
        }
    }

    void onRetentionChanged(@Observes SettingChanged changed) {
        if (changed.setting() != EditableSetting.RETENTION_MONTHS) {
            return;
        }
        try {
            maintain();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Reading partitions follow the new retention at the next maintenance: {0}", e.getMessage());
        }
    }

    /** Adds and drops partitions as the plan says; returns the plan carried out. */
    public PartitionPlan maintain() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int retention = EditableSetting.RETENTION_MONTHS.wholeNumber(config);
            PartitionPlan plan = PartitionPlan.of(existing(statement), Instant.now(), retention, monthsAhead);
            if (!plan.toAdd().isEmpty()) {
                statement.execute("ALTER TABLE reading ADD PARTITION ("
                        + plan.toAdd().stream().map(MonthlyPartition::definition).collect(Collectors.joining(", ")) + ")");
                LOG.info(() -> "Added " + plan.toAdd().size() + " reading partitions up to " + plan.toAdd().get(plan.toAdd().size() - 1).name());
            }
            if (!plan.toDrop().isEmpty()) {
                statement.execute("ALTER TABLE reading DROP PARTITION " + String.join(", ", plan.toDrop()));
                LOG.info(() -> "Dropped reading partitions past retention (" + retention + " months): " + plan.toDrop());
            }
            return plan;
        }
    }

    private static Map<String, Long> existing(Statement statement) throws SQLException {
        Map<String, Long> partitions = new HashMap<>();
        try (ResultSet row = statement.executeQuery(EXISTING)) {
            while (row.next()) {
                String bound = row.getString(2);
                partitions.put(row.getString(1), "MAXVALUE".equals(bound) ? Long.MAX_VALUE : Long.parseLong(bound));
            }
        }
        return partitions;
    }
}
