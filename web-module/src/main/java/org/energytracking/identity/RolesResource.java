package org.energytracking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.energytracking.identity.AdminMessages.PermissionResponse;
import org.energytracking.identity.AdminMessages.RoleRequest;
import org.energytracking.identity.AdminMessages.RoleResponse;
import org.energytracking.identity.boundary.Roles;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;

/** Roles (/roles) and the fixed catalog of permissions they are made of (/permissions). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolesResource {

    @Inject
    Roles roles;
    @Inject
    CurrentCaller current;
    @Inject
    ClientInfo client;

    @GET
    @Path("permissions")
    public List<PermissionResponse> permissions() {
        current.get().require(Permission.USERS_READ);
        return Permission.CATALOG.stream().map(PermissionResponse::of).toList();
    }

    @GET
    @Path("roles")
    public List<RoleResponse> list() {
        return roles.list().stream().map(RoleResponse::of).toList();
    }

    @POST
    @Path("roles")
    public Response create(@NotNull @Valid RoleRequest body) {
        var role = roles.create(body.name(), body.description(), body.permissions(), client);
        return Response.status(201).entity(RoleResponse.of(role)).build();
    }

    @PUT
    @Path("roles/{name}")
    public RoleResponse change(@PathParam("name") String name, @NotNull @Valid RoleRequest body) {
        return RoleResponse.of(roles.change(name, body.description(), body.permissions(), client));
    }

    @DELETE
    @Path("roles/{name}")
    public Response delete(@PathParam("name") String name) {
        roles.delete(name, client);
        return Response.noContent().build();
    }
}
