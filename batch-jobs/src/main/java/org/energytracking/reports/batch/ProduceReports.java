package org.energytracking.reports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.energytracking.reports.control.ReportProduction;

/**
 * Produces each run in a transaction of its own; one that fails is marked failed with its error and the others
 * go on. Producing a run again after a restart changes nothing (a done run is left alone).
 */
@Dependent
@Named("produceReports")
public class ProduceReports extends AbstractItemWriter {

    @Inject
    ReportProduction production;
    @Inject
    @BatchProperty
    String holder;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            long runId = (Long) item;
            try {
                production.produce(runId, holder == null || holder.isBlank() ? null : holder);
            } catch (RuntimeException e) {
                Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
                production.failed(runId, cause.getMessage() == null ? cause.toString() : cause.getMessage());
            }
        }
    }
}
