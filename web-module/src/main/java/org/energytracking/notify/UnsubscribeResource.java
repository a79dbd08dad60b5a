package org.energytracking.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.boundary.Unsubscribe;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs {@code List-Unsubscribe=One-Click} to the link of the
 * email's List-Unsubscribe header; a person opening the link in the email gets a page whose button POSTs the
 * same. The GET changes nothing, since mail scanners open every link in an email. The token is the only key.
 */
@Path("notifications/unsubscribe")
@RequestScoped
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    static final String ONE_CLICK = "One-Click";

    @Inject
    Unsubscribe unsubscribe;

    @GET
    public String confirm(@QueryParam("token") String token) {
        unsubscribe.check(token);
        return page("<p>Stop the alert emails of the energy platform?</p>"
                + "<form method=\"post\" action=\"?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"" + ONE_CLICK + "\">"
                + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String oneClick(@QueryParam("token") String token, @FormParam("List-Unsubscribe") String value) {
        if (!ONE_CLICK.equals(value)) {
            throw Problem.invalid("List-Unsubscribe", "the body must be List-Unsubscribe=One-Click");
        }
        unsubscribe.fromEmail(token);
        return page("<p>You will get no more alert emails. Choose again on your profile page in the portal.</p>");
    }

    /** RFC 8058 allows the same field as multipart/form-data. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String oneClickMultipart(@QueryParam("token") String token, String body) {
        return oneClick(token, body != null && body.contains("name=\"List-Unsubscribe\"") && body.contains(ONE_CLICK) ? ONE_CLICK : null);
    }

    private static String page(String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Alert emails</title></head><body>" + content + "</body></html>";
    }
}
