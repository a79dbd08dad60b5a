package org.energytracking.alerts;

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
import org.energytracking.alerts.AlertMessages.RuleRequest;
import org.energytracking.alerts.AlertMessages.RuleResponse;
import org.energytracking.alerts.boundary.AlertRules;
import org.energytracking.alerts.entity.RuleView;

@Path("alert-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertRulesResource {

    @Inject
    AlertRules rules;

    @GET
    public List<RuleResponse> list() {
        return rules.list().stream().map(RuleResponse::of).toList();
    }

    @POST
    public Response create(@NotNull @Valid RuleRequest body, @Context UriInfo uri) {
        RuleView rule = rules.create(body.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(rule.rule().id().toString()).build()).entity(RuleResponse.of(rule)).build();
    }

    @GET
    @Path("{id}")
    public RuleResponse find(@PathParam("id") long id) {
        return RuleResponse.of(rules.find(id));
    }

    @PUT
    @Path("{id}")
    public RuleResponse update(@PathParam("id") long id, @NotNull @Valid RuleRequest body) {
        return RuleResponse.of(rules.update(id, body.toDraft()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        rules.delete(id);
        return Response.noContent().build();
    }
}
