package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An email whose files are larger than its definition's attachment limit carries download links instead: they
 * work without signing in and serve the run's stored files, and are refused once they expired. The suite's
 * platform keeps the default REPORTS_ATTACHMENT_LIMIT_BYTES (the other report tests expect attachments); this
 * definition sets a lower limit of its own.
 */
@ExtendWith(PlatformExtension.class)
class ReportDownloadLinkIT {

    private static final Duration REPORT = Duration.ofSeconds(90);
    private static final Pattern LINK = Pattern.compile("(http\\S+/api/v1/report-downloads/\\S+/(pdf|csv))");

    @Test
    void filesBeyondTheLimitGoAsLinksThatNeedNoSignInUntilTheyExpire(Platform platform) throws Exception {
        ReportHistory history = ReportHistory.lastMonth(platform, "reports-links");
        TestUser user = history.user();
        HttpResponse<String> tooLarge = user.api().postJson("/api/v1/report-definitions", "{\"name\":\"Linked\",\"site_id\":" + history.site()
                + ",\"period\":\"monthly\",\"attachment_limit_bytes\":999999999999}");
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
        assertThat(Platform.object(tooLarge).getString("field")).as("above the platform's limit").isEqualTo("attachment_limit_bytes");
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions", "{\"name\":\"Linked\",\"site_id\":" + history.site()
                + ",\"period\":\"monthly\",\"delivery_time\":\"00:00\",\"formats\":[\"pdf\",\"csv\"],\"first_period\":\"" + history.month()
                + "\",\"attachment_limit_bytes\":1000}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Platform.object(created).getJsonNumber("attachment_limit_bytes").longValue()).isEqualTo(1000);
        long definition = Platform.object(created).getJsonNumber("id").longValue();

        String text = platform.mailbox().awaitLatestTo(user.email(), "too large to attach", REPORT);
        MimeMessage email = platform.mailbox().messagesTo(user.email()).get(0);
        assertThat(attachmentCount(email)).as("no file attached").isZero();
        List<URI> links = links(text);
        assertThat(links).extracting(link -> link.getPath().substring(link.getPath().lastIndexOf('/') + 1)).containsExactly("pdf", "csv");

        JsonObject run = Platform.array(user.api().get("/api/v1/report-runs?definition_id=" + definition)).getJsonObject(0);
        HttpClient anonymous = HttpClient.newHttpClient();
        for (URI link : links) {
            String format = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
            HttpResponse<byte[]> file = anonymous.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as("the " + format + " link without signing in").isEqualTo(200);
            HttpResponse<byte[]> stored = anonymous.send(user.api().request("/api/v1/report-runs/" + run.getInt("id") + "/files/" + format).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.body()).as("the run's stored " + format).isEqualTo(stored.body()).hasSizeGreaterThan(0);
        }
        assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(links.get(0).toString().replaceAll("/report-downloads/[^/]+/", "/report-downloads/forged/")))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("a made-up token").isEqualTo(404);

        try (Connection db = platform.database();
             PreparedStatement age = db.prepareStatement("UPDATE report_email SET download_until = download_until - INTERVAL 31 DAY WHERE run_id = ?")) {
            age.setLong(1, run.getInt("id"));
            assertThat(age.executeUpdate()).as("the links made 31 days older").isEqualTo(1);
        }
        HttpResponse<String> expired = anonymous.send(HttpRequest.newBuilder(links.get(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(expired.statusCode()).as(expired.body()).isEqualTo(404);
        assertThat(expired.body()).contains("expired");
    }

    private static List<URI> links(String text) {
        List<URI> links = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            links.add(URI.create(link.group(1)));
        }
        return links;
    }

    private static int attachmentCount(MimeMessage email) throws Exception {
        if (!(email.getContent() instanceof Multipart parts)) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < parts.getCount(); i++) {
            count += Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition()) ? 1 : 0;
        }
        return count;
    }
}
