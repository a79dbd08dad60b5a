package org.energytracking.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.boundary.Invitations;
import org.energytracking.identity.boundary.Recovery;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.control.SigningKeys;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.kernel.Problem;

/** Accounts and tokens: the seed's register and login, refresh, sign-out, sessions, recovery and accepting invitations. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final String REGISTERED = "If this email can be used, the account is ready: sign in with it."
            + " If it already had an account, its owner got an email.";

    @Inject
    Accounts accounts;
    @Inject
    Recovery recovery;
    @Inject
    Invitations invitations;
    @Inject
    SigningKeys keys;
    @Inject
    CurrentCaller current;
    @Inject
    ClientInfo client;

    @POST
    @Path("register")
    @PermitAll
    public Response register(@NotNull @Valid AuthRequests.Register body) {
        accounts.register(new NewAccounts.Details(body.email(), body.password(), body.firstName(), body.lastName()), client);
        return Response.status(201).entity(new AuthResponses.Message(REGISTERED)).build();
    }

    @POST
    @Path("login")
    @PermitAll
    public AuthResponses.Tokens login(@NotNull @Valid AuthRequests.Login body) {
        return AuthResponses.Tokens.of(accounts.login(body.email(), body.password(), client));
    }

    @POST
    @Path("refresh")
    @PermitAll
    public AuthResponses.Tokens refresh(@NotNull @Valid AuthRequests.Refresh body) {
        return AuthResponses.Tokens.of(accounts.refresh(body.refreshToken(), client));
    }

    @POST
    @Path("logout")
    public Response logout() {
        accounts.logout(client);
        return Response.noContent().build();
    }

    @GET
    @Path("sessions")
    public List<AuthResponses.Session> sessions() {
        Long mine = current.get().sessionId();
        return accounts.sessions().stream().map(session -> AuthResponses.Session.of(session, mine)).toList();
    }

    @DELETE
    @Path("sessions/{id}")
    public Response endSession(@PathParam("id") long id) {
        accounts.endSession(id, client);
        return Response.noContent().build();
    }

    @POST
    @Path("password-reset")
    @PermitAll
    public Response requestReset(@NotNull @Valid AuthRequests.ResetRequest body) {
        recovery.requestReset(body.email(), client);
        return Response.accepted(new AuthResponses.Message(
                "If an account uses this email, a link to choose a new password is on its way.")).build();
    }

    @POST
    @Path("password-reset/confirm")
    @PermitAll
    public AuthResponses.Message confirmReset(@NotNull @Valid AuthRequests.ResetConfirm body) {
        recovery.confirmReset(body.token(), body.password(), client);
        return new AuthResponses.Message("Password changed; every session was signed out. Sign in with the new password.");
    }

    @POST
    @Path("verify-email")
    @PermitAll
    public AuthResponses.Message verifyEmail(@NotNull @Valid AuthRequests.Verify body) {
        recovery.verifyEmail(body.token(), client);
        return new AuthResponses.Message("Email confirmed; you can sign in.");
    }

    /** The invitee chooses a password with the token from their invitation email and is signed in. */
    @POST
    @Path("invitation/accept")
    @PermitAll
    public AuthResponses.Tokens acceptInvitation(@NotNull @Valid AuthRequests.InvitationAccept body) {
        var user = invitations.accept(body.token(), body.password(), body.timezone(), client);
        return AuthResponses.Tokens.of(accounts.login(user.email(), body.password(), client));
    }

    @GET
    @Path("jwks")
    @PermitAll
    public String jwks() {
        return keys.jwks();
    }

    /** Starts using a new signing key (after the publish delay); tokens signed with the old one stay valid. */
    @POST
    @Path("keys/rotate")
    public AuthResponses.Message rotateKeys() {
        if (!current.get().isAdmin()) {
            throw Problem.forbidden("only administrators rotate the signing keys");
        }
        return new AuthResponses.Message("new signing key " + keys.rotate());
    }
}
