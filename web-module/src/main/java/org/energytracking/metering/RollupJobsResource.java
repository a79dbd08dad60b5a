package org.energytracking.metering;

import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Date;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.RollupRebuilds;

/** How a rollup rebuild is getting on. */
@Path("rollup-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RollupJobsResource {

    @Inject
    RollupRebuilds rebuilds;
    @Inject
    CurrentCaller current;

    public record JobResponse(long executionId, String status, String exitStatus, Instant startedAt, Instant endedAt) {
        public static JobResponse of(JobExecution execution) {
            return new JobResponse(execution.getExecutionId(), execution.getBatchStatus().name(),
                    execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()));
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }
    }

    @GET
    @Path("{executionId}")
    public JobResponse find(@PathParam("executionId") long executionId) {
        current.get().require(Permission.DEVICES_WRITE);
        try {
            return JobResponse.of(rebuilds.execution(executionId));
        } catch (NoSuchJobExecutionException e) {
            throw Problem.notFound("no rollup job " + executionId);
        }
    }
}
