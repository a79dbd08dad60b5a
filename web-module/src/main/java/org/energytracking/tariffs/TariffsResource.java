package org.energytracking.tariffs;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.tariffs.TariffMessages.TariffRequest;
import org.energytracking.tariffs.TariffMessages.TariffResponse;
import org.energytracking.tariffs.boundary.Tariffs;
import org.energytracking.tariffs.entity.Tariff;

@Path("tariffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TariffsResource {

    @Inject
    Tariffs tariffs;
    @Inject
    ClientInfo client;

    @GET
    public List<TariffResponse> list() {
        return tariffs.list().stream().map(TariffResponse::of).toList();
    }

    @POST
    public Response create(@NotNull @Valid TariffRequest body, @Context UriInfo uri) {
        Tariff tariff = tariffs.create(body.name(), body.currency(), body.toVersions(), client);
        return Response.created(uri.getAbsolutePathBuilder().path(tariff.id().toString()).build())
                .entity(TariffResponse.of(tariff)).build();
    }

    @GET
    @Path("{tariffId}")
    public TariffResponse find(@PathParam("tariffId") long tariffId) {
        return TariffResponse.of(tariffs.find(tariffId));
    }

    /** Replaces the tariff's name, currency and all its versions. */
    @PUT
    @Path("{tariffId}")
    public TariffResponse update(@PathParam("tariffId") long tariffId, @NotNull @Valid TariffRequest body) {
        return TariffResponse.of(tariffs.update(tariffId, body.name(), body.currency(), body.toVersions(), client));
    }

    @DELETE
    @Path("{tariffId}")
    public Response delete(@PathParam("tariffId") long tariffId) {
        tariffs.delete(tariffId, client);
        return Response.noContent().build();
    }
}
