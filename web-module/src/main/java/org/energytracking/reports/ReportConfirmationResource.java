package org.energytracking.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.energytracking.reports.boundary.ReportConfirmations;

/**
 * The link in the email an external report recipient gets: opening it shows a button (mail scanners open links),
 * the button's POST confirms. The token is the only key.
 */
@Path("report-recipients/confirm")
@RequestScoped
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ReportConfirmationResource {

    @Inject
    ReportConfirmations confirmations;

    @GET
    public String show(@QueryParam("token") String token) {
        String email = confirmations.check(token);
        return html("<p>Send the energy platform's reports to " + escape(email) + "?</p><form method=\"post\" action=\"?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\"><button type=\"submit\">Confirm</button></form>");
    }

    @POST
    public String confirm(@QueryParam("token") String token) {
        return html("<p>Confirmed: " + escape(confirmations.confirm(token)) + " gets these reports from now on.</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String html(String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Energy reports</title></head><body>" + content + "</body></html>";
    }
}
