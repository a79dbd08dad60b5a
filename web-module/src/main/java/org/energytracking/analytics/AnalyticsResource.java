package org.energytracking.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.metering.EnergyRange;
import org.energytracking.metering.MeteredSubjects;
import org.energytracking.metering.entity.Metered;

/**
 * Totals against the previous period, daily profile, weekday × hour heat map, peak demand, base
 * load and time-of-use shares, of a device ({@code /devices/{id}/analytics}) or a site.
 */
@Path(MeteredSubjects.PATH + "/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @Inject
    Analytics analytics;
    @Inject
    MeteredSubjects subjects;

    @GET
    public ConsumptionAnalysis analyse(@PathParam("subject") String subject, @PathParam("id") String id,
                                       @QueryParam("from") String from, @QueryParam("to") String to) {
        Metered metered = subjects.find(subject, id);
        EnergyRange range = EnergyRange.parse(from, to, null, metered.zone());
        return analytics.of(metered, range.from(), range.to());
    }
}
