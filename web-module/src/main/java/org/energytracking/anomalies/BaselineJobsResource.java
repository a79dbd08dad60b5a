package org.energytracking.anomalies;

import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.energytracking.anomalies.boundary.BaselineJobs;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.RollupJobsResource.JobResponse;

/** Administrators: run the nightly anomaly-baselines job now ({@code POST}) and follow it ({@code GET /{executionId}}). */
@Path("admin/anomaly-baselines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BaselineJobsResource {

    @Inject
    BaselineJobs jobs;
    @Inject
    CurrentCaller current;

    @POST
    public Response start(@QueryParam("partitions") @DefaultValue("2") int partitions) {
        requireAdmin();
        if (partitions < 1 || partitions > 32) {
            throw Problem.invalid("partitions", "partitions must be from 1 to 32");
        }
        long execution = jobs.start(partitions);
        return Response.accepted(JobResponse.of(jobs.execution(execution)))
                .header("Location", "/api/v1/admin/anomaly-baselines/" + execution).build();
    }

    @GET
    @Path("{executionId}")
    public JobResponse find(@PathParam("executionId") long executionId) {
        requireAdmin();
        try {
            return JobResponse.of(jobs.execution(executionId));
        } catch (NoSuchJobExecutionException e) {
            throw Problem.notFound("no anomaly baseline job " + executionId);
        }
    }

    private void requireAdmin() {
        if (!current.get().isAdmin()) {
            throw Problem.forbidden("only administrators run the anomaly baseline job");
        }
    }
}
