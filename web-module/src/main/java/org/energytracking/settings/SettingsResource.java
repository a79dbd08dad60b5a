package org.energytracking.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.settings.boundary.SystemSettings;
import org.energytracking.settings.entity.SettingState;

/** Administrators: the settings changeable at runtime ({@code GET /settings}) and changing one ({@code PUT /settings/{name}}). */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    SystemSettings settings;
    @Inject
    ClientInfo client;

    /** {@code {"value":"…"}}; null or blank restores the default. */
    public record SettingRequest(@Size(max = 1000) String value) {
        @Override
        public String toString() {
            return "SettingRequest[value hidden]";
        }
    }

    /** {@code value} is null for a secret, which only says whether it is {@code set}; {@code set_by} names what outranks the database. */
    @JsonbNillable
    public record SettingResponse(String name, String value, String source, boolean editable, String setBy, boolean set) {
        static SettingResponse of(SettingState state) {
            return new SettingResponse(state.name(), state.value(), state.source().code(), state.editable(), state.setBy(), state.set());
        }
    }

    @GET
    public List<SettingResponse> list() {
        return settings.list().stream().map(SettingResponse::of).toList();
    }

    @PUT
    @Path("{name}")
    public SettingResponse change(@PathParam("name") String name, @NotNull @Valid SettingRequest body) {
        return SettingResponse.of(settings.change(name, body.value(), client));
    }
}
