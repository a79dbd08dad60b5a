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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.energytracking.reports.boundary.ReportConfirmations;

/**
 * The link in the email an external report recipient gets: opening it shows a button (mail scanners open links),
 * the button's POST confirms. The token is the only key. An expired link says so and offers a button that sends
 * a new one to the same address.
 */
@Path("report-recipients/confirm")
@RequestScoped
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ReportConfirmationResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    ReportConfirmations confirmations;

    @GET
    public String show(@QueryParam("token") String token) {
        ReportConfirmations.Link link = confirmations.check(token);
        if (link.expired()) {
            return expired(link, token);
        }
        return html("<p>Send the energy platform's reports to " + escape(link.email()) + "?</p><form method=\"post\" action=\"?token="
                + encoded(token) + "\"><button type=\"submit\">Confirm</button></form>");
    }

    @POST
    public String confirm(@QueryParam("token") String token) {
        ReportConfirmations.Link link = confirmations.confirm(token);
        return link.expired() ? expired(link, token)
                : html("<p>Confirmed: " + escape(link.email()) + " gets these reports from now on.</p>");
    }

    @POST
    @Path("new-link")
    public String sendAgain(@QueryParam("token") String token) {
        return html("<p id=\"sent\">A new confirmation link is on its way to " + escape(confirmations.sendAgain(token)) + ".</p>");
    }

    private static String expired(ReportConfirmations.Link link, String token) {
        return html("<p id=\"expired\">This confirmation link for " + escape(link.email()) + " expired on " + WHEN.format(link.expiresAt())
                + "; nothing was confirmed.</p><form method=\"post\" action=\"confirm/new-link?token=" + encoded(token)
                + "\"><button type=\"submit\">Send me a new link</button></form>");
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String html(String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Energy reports</title></head><body>" + content + "</body></html>";
    }
}
