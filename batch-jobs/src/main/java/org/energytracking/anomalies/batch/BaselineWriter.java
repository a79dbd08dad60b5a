package org.energytracking.anomalies.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.energytracking.anomalies.control.BaselineBook;

/** A chunk of devices' baselines, recomputed in the chunk's transaction. */
@Dependent
@Named("baselineWriter")
public class BaselineWriter extends AbstractItemWriter {

    @Inject
    BaselineBook book;
    @Inject
    @BatchProperty
    String asOf;

    @Override
    public void writeItems(List<Object> items) {
        book.recompute(items.stream().map(Long.class::cast).toList(), Instant.ofEpochMilli(Long.parseLong(asOf)));
    }
}
