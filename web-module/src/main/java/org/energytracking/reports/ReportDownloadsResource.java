package org.energytracking.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.energytracking.reports.boundary.ReportDownloads;

/** The links in a report email whose files were too large to attach: the token is the only key, it expires. */
@Path("report-downloads")
@RequestScoped
@PermitAll
public class ReportDownloadsResource {

    @Inject
    ReportDownloads downloads;

    @GET
    @Path("{token}/{format}")
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("token") String token, @PathParam("format") String format) {
        return Response.fromResponse(ReportRunsResource.download(downloads.file(token, format)))
                .header("Cache-Control", "private, no-store").build();
    }
}
