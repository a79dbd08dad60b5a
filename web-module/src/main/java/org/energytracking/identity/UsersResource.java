package org.energytracking.identity;

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
import org.energytracking.identity.AuthResponses.Account;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.boundary.Invitations;
import org.energytracking.identity.boundary.UserAdministration;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;

/** The caller's own account (/users/me) and, for administrators, everyone's. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;
    @Inject
    UserAdministration users;
    @Inject
    Invitations invitations;
    @Inject
    ClientInfo client;

    @GET
    @Path("me")
    public Account me() {
        return Account.of(accounts.me());
    }

    @GET
    public List<Account> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return users.list(offset, limit).stream().map(Account::of).toList();
    }

    @PUT
    @Path("me")
    public Account changeMe(@NotNull @Valid AdminMessages.MyChanges body) {
        User user = body.timezone() == null ? accounts.me() : accounts.moveTo(body.timezone());
        return Account.of(body.locale() == null ? user : accounts.writeNumbersIn(body.locale()));
    }

    /** With a password the account is ready at once; without one its owner is invited by email. */
    @POST
    public Response create(@NotNull @Valid AdminMessages.NewUser body, @Context UriInfo uri) {
        List<String> roles = body.roles() == null ? List.of(Role.VIEWER) : body.roles();
        User user = body.password() == null
                ? invitations.invite(new Invitations.Invitee(body.email(), body.firstName(), body.lastName()), roles, client)
                : users.create(new NewAccounts.Details(body.email(), body.password(), body.firstName(), body.lastName()),
                        roles, client);
        return Response.created(uri.getAbsolutePathBuilder().path(user.id().toString()).build()).entity(Account.of(user)).build();
    }

    /** A new invitation email for someone who has not chosen a password yet; the earlier link stops working. */
    @POST
    @Path("{userId}/invitation")
    public Response invite(@PathParam("userId") long userId) {
        return Response.accepted(Account.of(invitations.resend(userId, client))).build();
    }

    @GET
    @Path("{userId}")
    public Account find(@PathParam("userId") long userId) {
        return Account.of(users.find(userId));
    }

    @PUT
    @Path("{userId}")
    public Account update(@PathParam("userId") long userId, @NotNull @Valid AdminMessages.UserChanges body) {
        var changes = new UserAdministration.Changes(body.firstName(), body.lastName(), body.roles(), body.enabled());
        return Account.of(users.update(userId, changes, client));
    }

    @DELETE
    @Path("{userId}")
    public Response delete(@PathParam("userId") long userId) {
        users.delete(userId, client);
        return Response.noContent().build();
    }
}
