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
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.alerts.boundary.Alerts;
import org.energytracking.alerts.entity.AlertFilter;
import org.energytracking.alerts.entity.AlertState;
import org.energytracking.alerts.entity.AlertSummary;
import org.energytracking.alerts.entity.Severity;
import org.energytracking.ingest.TimeParameter;

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
        return alerts.list(new AlertFilter(state == null ? null : AlertState.parse(state),
                severity == null ? null : Severity.parse(severity, "severity"), siteId, deviceId, instant("from", from), instant("to", to)));
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

    private static Instant instant(String field, String value) {
        return value == null ? null : Instant.ofEpochMilli(TimeParameter.parse(field, value, ZoneOffset.UTC, 0));
    }
}
