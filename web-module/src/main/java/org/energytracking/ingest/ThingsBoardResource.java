package org.energytracking.ingest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.energytracking.ingest.control.IntakeResult;
import org.energytracking.ingest.control.ReadingIntake;
import org.energytracking.kernel.Problem;

/**
 * ThingsBoard's HTTP device API, {@code POST /api/v1/{accessToken}/telemetry}, for firmware that speaks it:
 * the token in the path is the device's credentials (no user token), the body the same telemetry as over MQTT.
 */
@Path("{accessToken}/telemetry")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ThingsBoardResource {

    @Inject
    ReadingIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response telemetry(@PathParam("accessToken") String accessToken, InputStream body) throws IOException, InterruptedException {
        byte[] payload = body.readNBytes(intake.maxPayloadBytes() + 1);
        if (payload.length > intake.maxPayloadBytes()) {
            throw Problem.invalid("body", "request body exceeds the limit of " + intake.maxPayloadBytes() + " bytes");
        }
        IntakeResult result = intake.fromAccessToken(accessToken, payload, System.currentTimeMillis());
        int status = result.accepted() == 0 && !result.rejected().isEmpty() ? 400 : 200;
        return Response.status(status).entity(ImportResponse.of(result)).build();
    }
}
