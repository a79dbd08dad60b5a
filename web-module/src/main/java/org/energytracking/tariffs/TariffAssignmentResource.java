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
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.metering.MeteredSubjects;
import org.energytracking.tariffs.AssignmentMessages.AssignmentRequest;
import org.energytracking.tariffs.AssignmentMessages.AssignmentResponse;
import org.energytracking.tariffs.boundary.TariffAssignments;

/**
 * The tariff timeline of a device ({@code /devices/{deviceId}/tariff}) or a site. A root resource
 * of its own rather than a method of DevicesResource or SitesResource: its longer literal path makes
 * JAX-RS pick it for these paths.
 */
@Path("{subject: devices|sites}/{id}/tariff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TariffAssignmentResource {

    @Inject
    TariffAssignments assignments;
    @Inject
    ClientInfo client;

    @GET
    public List<AssignmentResponse> timeline(@PathParam("subject") String subject, @PathParam("id") String id) {
        return AssignmentResponse.timeline("devices".equals(subject)
                ? assignments.ofDevice(id) : assignments.ofSite(MeteredSubjects.siteId(id)));
    }

    @PUT
    public List<AssignmentResponse> assign(@PathParam("subject") String subject, @PathParam("id") String id,
                                           @NotNull @Valid AssignmentRequest body) {
        return AssignmentResponse.timeline("devices".equals(subject)
                ? assignments.assignToDevice(id, body.tariffId(), body.from(), client)
                : assignments.assignToSite(MeteredSubjects.siteId(id), body.tariffId(), body.from(), client));
    }
}
