package org.energytracking.sites;

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
import org.energytracking.sites.SiteMessages.MemberRequest;
import org.energytracking.sites.SiteMessages.MemberResponse;
import org.energytracking.sites.SiteMessages.SiteRequest;
import org.energytracking.sites.SiteMessages.SiteResponse;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.Site;

@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

    @Inject
    Sites sites;
    @Inject
    ClientInfo client;

    @GET
    public List<SiteResponse> list() {
        return sites.list().stream().map(SiteResponse::of).toList();
    }

    @POST
    public Response create(@NotNull @Valid SiteRequest body, @Context UriInfo uri) {
        Site site = sites.create(body.name(), body.timezone(), body.floorAreaM2(), client);
        return Response.created(uri.getAbsolutePathBuilder().path(site.id().toString()).build())
                .entity(SiteResponse.of(site)).build();
    }

    @GET
    @Path("{siteId}")
    public SiteResponse find(@PathParam("siteId") long siteId) {
        return SiteResponse.of(sites.find(siteId));
    }

    @PUT
    @Path("{siteId}")
    public SiteResponse update(@PathParam("siteId") long siteId, @NotNull @Valid SiteRequest body) {
        return SiteResponse.of(sites.update(siteId, body.name(), body.timezone(), body.floorAreaM2()));
    }

    @DELETE
    @Path("{siteId}")
    public Response delete(@PathParam("siteId") long siteId) {
        sites.delete(siteId, client);
        return Response.noContent().build();
    }

    @GET
    @Path("{siteId}/members")
    public List<MemberResponse> members(@PathParam("siteId") long siteId) {
        return sites.members(siteId).stream().map(MemberResponse::of).toList();
    }

    /** Adds a member by email, or changes the role of one. */
    @POST
    @Path("{siteId}/members")
    public MemberResponse putMember(@PathParam("siteId") long siteId, @NotNull @Valid MemberRequest body) {
        return MemberResponse.of(sites.putMember(siteId, body.email(), body.role(), client));
    }

    @DELETE
    @Path("{siteId}/members/{userId}")
    public Response removeMember(@PathParam("siteId") long siteId, @PathParam("userId") long userId) {
        sites.removeMember(siteId, userId, client);
        return Response.noContent().build();
    }
}
