package org.energytracking.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.energytracking.alerts.boundary.Alerts;
import org.energytracking.alerts.entity.AlertFilter;
import org.energytracking.alerts.entity.AlertState;
import org.energytracking.alerts.entity.AlertSummary;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.kernel.Problem;

@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @Inject
    Alerts alerts;

    @GET
    public List<AlertSummary> list(@QueryParam("state") String state, @QueryParam("severity") String severity,
            @QueryParam("site_id") Long siteId, @QueryParam("device_id") String deviceId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return alerts.list(new AlertFilter(state == null ? null : state(state), severity == null ? null : Severity.parse(severity, "severity"),
                siteId, deviceId, instant(from, "from"), instant(to, "to")));
    }

    @POST
    @Path("{id}/acknowledge")
    public AlertSummary acknowledge(@PathParam("id") long id) {
        return alerts.acknowledge(id);
    }

    @POST
    @Path("{id}/resolve")
    public AlertSummary resolve(@PathParam("id") long id) {
        return alerts.resolve(id);
    }

    private static AlertState state(String name) {
        for (AlertState state : AlertState.values()) {
            if (state.apiName().equals(name)) {
                return state;
            }
        }
        throw Problem.invalid("state", "state must be open, acknowledged or resolved");
    }

    private static Instant instant(String text, String field) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, field + " must be an ISO instant such as 2026-12-04T10:00:00Z");
        }
    }
}
