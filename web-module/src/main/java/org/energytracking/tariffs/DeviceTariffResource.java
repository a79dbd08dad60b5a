package org.energytracking.tariffs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.tariffs.AssignmentMessages.AssignmentRequest;
import org.energytracking.tariffs.AssignmentMessages.AssignmentResponse;
import org.energytracking.tariffs.boundary.TariffAssignments;

/**
 * A device's own tariff timeline. A root resource of its own rather than a method of
 * DevicesResource; its longer literal path makes JAX-RS pick it for {@code devices/{id}/tariff}.
 */
@Path("devices/{deviceId}/tariff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceTariffResource {

    @Inject
    TariffAssignments assignments;
    @Inject
    Caller caller;
    @Inject
    ClientInfo client;

    @GET
    public List<AssignmentResponse> timeline(@PathParam("deviceId") String deviceId) {
        return AssignmentResponse.timeline(assignments.ofDevice(caller, deviceId));
    }

    @PUT
    public List<AssignmentResponse> assign(@PathParam("deviceId") String deviceId, @NotNull @Valid AssignmentRequest body) {
        return AssignmentResponse.timeline(assignments.assignToDevice(caller, deviceId, body.tariffId(), body.from(), client));
    }
}
