package org.energytracking.reports;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.energytracking.reports.ReportMessages.DefinitionRequest;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.reports.ReportMessages.DefinitionResponse;
import org.energytracking.reports.ReportMessages.HistoryEntry;
import org.energytracking.reports.ReportMessages.RunResponse;
import org.energytracking.reports.boundary.ReportDefinitions;
import org.energytracking.reports.entity.DefinitionView;

@Path("report-definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportDefinitionsResource {

    @Inject
    ReportDefinitions definitions;
    @Inject
    ClientInfo client;

    @GET
    public List<DefinitionResponse> list() {
        return definitions.list().stream().map(DefinitionResponse::of).toList();
    }

    @POST
    public Response create(@NotNull @Valid DefinitionRequest body, @Context UriInfo uri) {
        DefinitionView view = definitions.create(body.input(), client);
        return Response.created(uri.getAbsolutePathBuilder().path(view.definition().id().toString()).build())
                .entity(DefinitionResponse.of(view)).build();
    }

    @GET
    @Path("{id}")
    public DefinitionResponse find(@PathParam("id") long id) {
        return DefinitionResponse.of(definitions.find(id));
    }

    @PUT
    @Path("{id}")
    public DefinitionResponse update(@PathParam("id") long id, @NotNull @Valid DefinitionRequest body) {
        return DefinitionResponse.of(definitions.update(id, body.input(), client));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        definitions.delete(id, client);
        return Response.noContent().build();
    }

    /** Who created, changed and deleted it, when and what, newest first. */
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return definitions.history(id).stream().map(HistoryEntry::of).toList();
    }

    /** {@code period}: the period's key (2026-11 monthly); none: the last finished period. Each run again is a new version. */
    @POST
    @Path("{id}/run")
    public Response run(@PathParam("id") long id, @QueryParam("period") String period) {
        return Response.accepted(RunResponse.of(definitions.run(id, period))).build();
    }
}
