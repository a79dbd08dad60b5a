package org.energytracking.metering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.energytracking.identity.entity.Caller;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.Metered;

/** kWh and cost of a site, summed over its devices, in the site's time zone. */
@Path("sites/{siteId}/energy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteEnergyResource {

    @Inject
    Energy energy;
    @Inject
    Caller caller;

    @GET
    public List<EnergyResponse> energy(@PathParam("siteId") long siteId, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("resolution") String resolution) {
        Metered site = energy.site(caller, siteId);
        EnergyRange range = EnergyRange.parse(from, to, resolution, site.zone());
        return energy.energy(site, range.from(), range.to(), range.resolution()).stream()
                .map(point -> EnergyResponse.of(point, site.zone())).toList();
    }
}
