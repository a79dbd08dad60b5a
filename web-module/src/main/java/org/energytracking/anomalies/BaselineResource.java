package org.energytracking.anomalies;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.energytracking.anomalies.boundary.Baselines;
import org.energytracking.anomalies.entity.BaselineView;
import org.energytracking.metering.boundary.Energy;

/** {@code GET /devices/{deviceId}/anomaly-baseline}: the band unusual hours are judged against, and whether the device is still learning. */
@Path("devices/{deviceId}/anomaly-baseline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    Baselines baselines;
    @Inject
    Energy energy;

    @GET
    public BaselineView find(@PathParam("deviceId") String deviceId) {
        return baselines.of(energy.device(deviceId));
    }
}
