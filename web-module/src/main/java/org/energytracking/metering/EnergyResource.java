package org.energytracking.metering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.boundary.RollupRebuilds;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.RebuildMode;

/**
 * kWh and cost of a device, or of a site summed over its devices, by 15 minutes, hour, day or
 * month in its time zone; and rebuilding a device's on demand.
 */
@Path(MeteredSubjects.PATH + "/energy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnergyResource {

    @Inject
    Energy energy;
    @Inject
    MeteredSubjects subjects;
    @Inject
    Devices devices;
    @Inject
    RollupRebuilds rebuilds;

    @GET
    public List<EnergyResponse> energy(@PathParam("subject") String subject, @PathParam("id") String id,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("resolution") String resolution) {
        Metered metered = subjects.find(subject, id);
        EnergyRange range = EnergyRange.parse(from, to, resolution, metered.zone());
        Map<Instant, ExportPoint> exports = (metered.isSite()
                ? energy.siteExports(metered.siteId(), range.from(), range.to(), range.resolution())
                : energy.exports(id, range.from(), range.to(), range.resolution())).stream()
                .collect(Collectors.toMap(export -> export.bucket().start(), export -> export));
        return energy.energy(metered, range.from(), range.to(), range.resolution()).stream()
                .map(point -> EnergyResponse.of(point, exports.get(point.bucket().start()), metered.zone())).toList();
    }

    /** Recomputes the rollups of local days [from, to) from the readings (default: all of them). */
    @POST
    @Path("rebuild")
    public Response rebuild(@PathParam("subject") String subject, @PathParam("id") String deviceId,
                            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (!"devices".equals(subject)) {
            throw Problem.notFound("rebuilds are per device: POST /api/v1/devices/{deviceId}/energy/rebuild");
        }
        Device device = devices.find(deviceId, Permission.DEVICES_WRITE);
        LocalDate first = from == null || from.isBlank() ? null : date("from", from);
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(device.zone()).plusDays(2) : date("to", to);
        long execution = rebuilds.start(List.of(device.id()), first, last, RebuildMode.READINGS);
        return Response.accepted(RollupJobsResource.JobResponse.of(rebuilds.execution(execution)))
                .header("Location", "/api/v1/rollup-jobs/" + execution).build();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.invalid(field, field + " must be a date such as 2026-03-01; got '" + text + "'");
        }
    }
}
