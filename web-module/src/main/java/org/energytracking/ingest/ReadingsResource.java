package org.energytracking.ingest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.entity.Permission;
import org.energytracking.ingest.boundary.ReadingHistory;
import org.energytracking.ingest.control.IntakeResult;
import org.energytracking.ingest.control.ReadingIntake;
import org.energytracking.kernel.Problem;

/** Readings of one device: bulk import (JSON like MQTT, or CSV) through the same writer, and history. */
@Path("devices/{deviceId}/readings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadingsResource {

    private static final long DAY_MS = 86_400_000L;

    @Inject
    ReadingIntake intake;
    @Inject
    Devices devices;
    @Inject
    ReadingHistory history;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    public Response importReadings(@PathParam("deviceId") String deviceId,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   InputStream body) throws IOException, InterruptedException {
        devices.find(deviceId, Permission.READINGS_WRITE);
        byte[] payload = body.readNBytes(intake.maxPayloadBytes() + 1);
        if (payload.length > intake.maxPayloadBytes()) {
            throw Problem.invalid("body", "request body exceeds the limit of " + intake.maxPayloadBytes()
                    + " bytes; split the import into several requests");
        }
        long now = System.currentTimeMillis();
        IntakeResult result = contentType != null && contentType.startsWith("text/csv")
                ? intake.fromHttpCsv(deviceId, payload, now)
                : intake.fromHttpJson(deviceId, payload, now);
        int status = result.accepted() == 0 && !result.rejected().isEmpty() ? 400 : 200;
        return Response.status(status).entity(ImportResponse.of(result)).build();
    }

    @GET
    public List<ReadingResponse> history(@PathParam("deviceId") String deviceId,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit) {
        Device device = devices.find(deviceId, Permission.READINGS_READ);
        long now = System.currentTimeMillis();
        long toTs = TimeParameter.parse("to", to, device.zone(), now + 1);
        long fromTs = TimeParameter.parse("from", from, device.zone(), toTs - DAY_MS);
        if (fromTs >= toTs) {
            throw Problem.invalid("from", "from must be before to");
        }
        return history.between(device.id(), deviceId, fromTs, toTs, limit).stream().map(ReadingResponse::of).toList();
    }
}
