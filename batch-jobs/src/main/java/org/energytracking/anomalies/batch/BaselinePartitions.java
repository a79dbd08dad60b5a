package org.energytracking.anomalies.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** One partition per share of the devices (id modulo n), each on a thread of its own. */
@Dependent
@Named("baselinePartitions")
public class BaselinePartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int n = Math.max(1, Integer.parseInt(partitions));
        Properties[] plans = new Properties[n];
        for (int i = 0; i < n; i++) {
            plans[i] = new Properties();
            plans[i].setProperty("partition", String.valueOf(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(plans);
        return plan;
    }
}
