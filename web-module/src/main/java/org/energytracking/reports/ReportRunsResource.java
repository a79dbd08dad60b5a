package org.energytracking.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.ingest.TimeParameter;
import org.energytracking.reports.ReportMessages.RunResponse;
import org.energytracking.reports.boundary.ReportRuns;
import org.energytracking.reports.entity.ReportFile;

@Path("report-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportRunsResource {

    private static final int LIMIT = 500;

    @Inject
    ReportRuns runs;

    /** {@code from}/{@code to}: when the runs were made (epoch ms, ISO instant, or a UTC date). */
    @GET
    public List<RunResponse> list(@QueryParam("definition_id") Long definitionId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        Instant since = Instant.ofEpochMilli(TimeParameter.parse("from", from, ZoneOffset.UTC, 0));
        Instant until = Instant.ofEpochMilli(TimeParameter.parse("to", to, ZoneOffset.UTC, Instant.parse("9999-01-01T00:00:00Z").toEpochMilli()));
        return runs.list(definitionId, since, until, LIMIT).stream().map(RunResponse::of).toList();
    }

    @GET
    @Path("{id}")
    public RunResponse find(@PathParam("id") long id) {
        return RunResponse.of(runs.find(id));
    }

    @GET
    @Path("{id}/files/{format}")
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") long id, @PathParam("format") String format) {
        return download(runs.file(id, format));
    }

    /** A stored file as an attachment named after its run. */
    static Response download(ReportFile file) {
        return Response.ok(file.content(), file.format().contentType()).header("Content-Disposition",
                "attachment; filename=\"report-" + file.runId() + "." + file.format().apiName() + "\"").build();
    }
}
