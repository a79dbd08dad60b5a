package org.energytracking.metering.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.energytracking.metering.boundary.Rollups;
import org.energytracking.metering.control.DeviceLocks;
import org.energytracking.metering.entity.DayRange;
import org.energytracking.metering.entity.RebuildMode;

/**
 * Re-rolls each day in a transaction of its own (the rollup timer may want the same device, so
 * under its lock); re-doing a day after a restart changes nothing.
 */
@Dependent
@Named("rebuildDay")
public class RebuildDay extends AbstractItemWriter {

    @Inject
    Rollups rollups;
    @Inject
    DeviceLocks locks;
    @Inject
    @BatchProperty
    String mode;

    @Override
    public void writeItems(List<Object> items) {
        boolean prices = RebuildMode.PRICES.name().equals(mode);
        for (Object item : items) {
            DayRange day = (DayRange) item;
            locks.whileHolding(day.deviceRowId(), () -> prices
                    ? rollups.reprice(day.deviceRowId(), day.fromTs(), day.toTs())
                    : rollups.rebuild(day.deviceRowId(), day.fromTs(), day.toTs()));
        }
    }
}
