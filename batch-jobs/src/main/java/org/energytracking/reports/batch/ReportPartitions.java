package org.energytracking.reports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deals the job's runs round-robin into {@code reports.partitions} partitions, each a thread of the step. */
@Dependent
@Named("reportPartitions")
public class ReportPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String runs;
    @Inject
    @ConfigProperty(name = "reports.partitions")
    int partitions;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> ids = Arrays.stream(runs.split(",")).filter(id -> !id.isBlank()).toList();
        int count = Math.max(1, Math.min(partitions, ids.size()));
        List<StringBuilder> shares = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shares.add(new StringBuilder());
        }
        for (int i = 0; i < ids.size(); i++) {
            StringBuilder share = shares.get(i % count);
            share.append(share.length() == 0 ? "" : ",").append(ids.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("runs", shares.get(i).toString());
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
