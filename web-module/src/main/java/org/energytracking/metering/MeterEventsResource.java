package org.energytracking.metering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.ingest.TimeParameter;
import org.energytracking.metering.boundary.MeterEvents;
import org.energytracking.metering.entity.MeterEvent;

/** Replacements declared by users, resets and rollovers found in the readings. */
@Path("devices/{deviceId}/meter-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeterEventsResource {

    @Inject
    MeterEvents events;

    /** Only "replacement" can be declared; {@code ts} like any time parameter (ISO instant or epoch ms). */
    public record MeterEventRequest(@NotNull @Pattern(regexp = "replacement", message = "must be replacement") String type,
                                    @NotNull String ts, @NotNull @PositiveOrZero Double newCounterWh) {
    }

    public record MeterEventResponse(long id, String type, Instant ts, boolean detected, Double previousWh, double newWh) {
        static MeterEventResponse of(MeterEvent event) {
            return new MeterEventResponse(event.id(), event.type().apiName(), Instant.ofEpochMilli(event.ts()),
                    event.detected(), event.previousWh(), event.newWh());
        }
    }

    @GET
    public List<MeterEventResponse> list(@PathParam("deviceId") String deviceId, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        long fromTs = TimeParameter.parse("from", from, ZoneOffset.UTC, 0);
        long toTs = TimeParameter.parse("to", to, ZoneOffset.UTC, Long.MAX_VALUE);
        return events.list(deviceId, fromTs, toTs).stream().map(MeterEventResponse::of).toList();
    }

    @POST
    public Response declare(@PathParam("deviceId") String deviceId, @NotNull @Valid MeterEventRequest body) {
        long ts = TimeParameter.parse("ts", body.ts(), ZoneOffset.UTC, 0);
        MeterEvent event = events.declareReplacement(deviceId, ts, body.newCounterWh());
        return Response.status(Response.Status.CREATED).entity(MeterEventResponse.of(event)).build();
    }

    @DELETE
    @Path("{eventId}")
    public Response withdraw(@PathParam("deviceId") String deviceId, @PathParam("eventId") long eventId) {
        events.withdraw(deviceId, eventId);
        return Response.noContent().build();
    }
}
