package org.energytracking.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.energytracking.notify.boundary.OutboxReport;

/** Administrators: {@code GET /admin/notifications?state=failed|pending&limit=}, what the outbox could not send yet or gave up on. */
@Path("admin/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    OutboxReport report;

    @GET
    public List<OutboxReport.Row> list(@QueryParam("state") @DefaultValue("failed") String state,
                                       @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return report.list(state, limit);
    }
}
