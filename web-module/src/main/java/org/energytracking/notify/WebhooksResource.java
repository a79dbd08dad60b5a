package org.energytracking.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.energytracking.notify.boundary.Webhooks;
import org.energytracking.notify.entity.Webhook;

/** The caller's webhooks; the secret that signs their calls is shown once, when one is made. */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    public record WebhookRequest(@NotBlank @Size(max = 500) String url) {
    }

    public record WebhookResponse(long id, String url, boolean failing, Instant createdAt, String secret) {
        static WebhookResponse of(Webhook webhook, boolean withSecret) {
            return new WebhookResponse(webhook.id(), webhook.url(), webhook.failing(), webhook.createdAt(), withSecret ? webhook.secret() : null);
        }
    }

    public record TestResult(int status) {
    }

    @GET
    public List<WebhookResponse> list() {
        return webhooks.list().stream().map(webhook -> WebhookResponse.of(webhook, false)).toList();
    }

    @POST
    public Response create(@NotNull @Valid WebhookRequest body, @Context UriInfo uri) {
        Webhook webhook = webhooks.create(body.url());
        return Response.created(uri.getAbsolutePathBuilder().path(webhook.id().toString()).build())
                .entity(WebhookResponse.of(webhook, true)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    /** Posts a signed test document now and says what the receiver answered (0: not reached). */
    @POST
    @Path("{id}/test")
    public TestResult test(@PathParam("id") long id) {
        return new TestResult(webhooks.test(id));
    }
}
