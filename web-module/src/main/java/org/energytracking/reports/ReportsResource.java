package org.energytracking.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.ReportMessages.CustomRequest;
import org.energytracking.reports.ReportMessages.RunResponse;
import org.energytracking.reports.boundary.ReportRuns;

/** A custom report: any local days of a site or some of its devices, made once by the report job and kept. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    ReportRuns runs;

    @POST
    public Response custom(@NotNull @Valid CustomRequest body) {
        return Response.accepted(RunResponse.of(runs.custom(body.siteId(), body.deviceIds(), date("from", body.from()),
                date("to", body.to()), body.formats()))).build();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, field + " is a local date such as 2026-11-01");
        }
    }
}
