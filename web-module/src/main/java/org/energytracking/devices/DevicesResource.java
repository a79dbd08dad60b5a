package org.energytracking.devices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;
import org.energytracking.ingest.ReadingResponse;
import org.energytracking.ingest.boundary.ReadingHistory;
import org.energytracking.kernel.Problem;

@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevicesResource {

    @Inject
    Devices devices;
    @Inject
    ReadingHistory history;
    @Inject
    ClientInfo client;

    @POST
    public Response register(@NotNull @Valid DeviceRequest request, @Context UriInfo uri) {
        if (request.deviceId() == null) {
            throw Problem.invalid("device_id", "device_id is required");
        }
        Devices.Registration registration = devices.register(request.deviceId(), request.details(),
                request.siteId(), client);
        Device device = registration.device();
        return Response.created(uri.getAbsolutePathBuilder().path(device.deviceId()).build())
                .entity(DeviceResponse.of(device, null, registration.mqttSecret())).build();
    }

    @GET
    public List<DeviceResponse> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                     @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return devices.list(offset, limit).stream().map(device -> DeviceResponse.of(device, null)).toList();
    }

    @GET
    @Path("{deviceId}")
    public DeviceResponse find(@PathParam("deviceId") String deviceId) {
        Device device = devices.find(deviceId, Permission.DEVICES_READ);
        return DeviceResponse.of(device, history.latest(device.id(), deviceId).map(ReadingResponse::of).orElse(null));
    }

    @PUT
    @Path("{deviceId}")
    public DeviceResponse update(@PathParam("deviceId") String deviceId, @NotNull @Valid DeviceRequest request) {
        if (request.deviceId() != null && !request.deviceId().equals(deviceId)) {
            throw Problem.invalid("device_id", "device_id cannot be changed (it is the device's MQTT topic)");
        }
        return DeviceResponse.of(devices.update(deviceId, request.details(), request.siteId()), null);
    }

    @DELETE
    @Path("{deviceId}")
    public Response delete(@PathParam("deviceId") String deviceId) {
        devices.delete(deviceId, client);
        return Response.noContent().build();
    }

    /** New MQTT credentials for a device whose password was lost or leaked; the old one stops working. */
    @POST
    @Path("{deviceId}/mqtt-credentials")
    public DeviceResponse.MqttCredentials issueMqttCredentials(@PathParam("deviceId") String deviceId) {
        return DeviceResponse.MqttCredentials.of(deviceId, devices.issueMqttSecret(deviceId, client));
    }
}
