package org.energytracking.ingest.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.energytracking.ingest.control.ReadingPartitions;
import org.energytracking.ingest.entity.PartitionPlan;

/** The one step of the partition-maintenance job; its exit status says what it changed. */
@Dependent
@Named("partitionMaintenance")
public class PartitionMaintenance extends AbstractBatchlet {

    @Inject
    ReadingPartitions partitions;

    @Override
    public String process() throws Exception {
        PartitionPlan plan = partitions.maintain();
        return "added " + plan.toAdd().size() + ", dropped " + plan.toDrop().size();
    }
}
