package org.energytracking.identity;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.energytracking.api.ErrorMappers;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.RevokedSessions;
import org.energytracking.kernel.Problem;

/**
 * Every API call needs a valid access token of a live session, except those marked
 * {@code @PermitAll} (registration, sign-in, refresh, password reset, the public keys). The token's
 * user becomes the request's {@link CurrentCaller}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenRequired implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;
    @Inject
    RevokedSessions revoked;
    @Inject
    CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        JsonWebToken token = RequestIdentity.token(request.getSecurityContext().getUserPrincipal());
        if (token == null) {
            request.abortWith(unauthorized("sign in first: send Authorization: Bearer <access token>"));
            return;
        }
        Long session = RequestIdentity.sessionId(token);
        if (revoked.contains(session)) {
            request.abortWith(unauthorized("this session has been signed out; sign in again"));
            return;
        }
        current.enter(Long.parseLong(token.getSubject()), token.getName(), session);
    }

    /** The same 401 as a Problem thrown further in gets from the API's mapper family. */
    static Response unauthorized(String message) {
        return new ErrorMappers.ProblemMapper().toResponse(Problem.unauthenticated(message));
    }
}
