package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.energytracking.system.Platform.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled and custom reports end to end: planned by the report timer (every 2 s in the suite), produced by the
 * report-runs batch job from the rollups, emailed through the reports' outbox to GreenMail. Totals are worked out
 * by hand in {@link ReportHistory}.
 */
@ExtendWith(PlatformExtension.class)
class ReportsIT {

    private static final Duration REPORT = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Test
    void aMonthlyReportOverImportedHistoryArrivesWithBothAttachmentsAndTheApisTotals(Platform platform) throws Exception {
        ReportHistory history = ReportHistory.lastMonth(platform, "reports");
        TestUser user = history.user();
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions", "{\"name\":\"Monthly =home\",\"site_id\":"
                + history.site() + ",\"period\":\"monthly\",\"delivery_time\":\"00:00\",\"formats\":[\"pdf\",\"csv\"],\"first_period\":\""
                + history.month() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long definition = Platform.object(created).getJsonNumber("id").longValue();
        assertThat(Platform.object(created).getJsonArray("user_ids").getJsonNumber(0).longValue()).as("the maker by default").isEqualTo(user.id());

        MimeMessage email = awaitReport(platform, user.email(), "Energy report: Monthly =home");
        String label = history.first().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        assertThat(email.getSubject()).isEqualTo("Energy report: Monthly =home, " + label);
        String kwh = BigDecimal.valueOf(history.energyWh()).movePointLeft(3).setScale(3).toPlainString();
        String kwhGrouped = String.format(Locale.UK, "%,.3f", BigDecimal.valueOf(history.energyWh()).movePointLeft(3));
        assertThat(text(email)).contains("Energy " + kwh + " kWh, cost " + history.cost() + " EUR");
        assertThat(email.getHeader("Message-ID")[0]).startsWith("<report-email-");

        List<BodyPart> files = Mailbox.attachments(email);
        assertThat(files).extracting(BodyPart::getFileName)
                .containsExactly("Monthly_home-" + history.month() + ".pdf", "Monthly_home-" + history.month() + ".csv");
        byte[] pdf = Mailbox.bytes(files.get(0));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Energy report: Monthly =home", label, kwhGrouped + " kWh", history.cost() + " EUR",
                    "Page 1 of " + document.getNumberOfPages());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(page, "png", SCREENSHOTS.resolve("ReportsIT-monthly-report-page-1.png").toFile());
        }
        String csv = new String(Mailbox.bytes(files.get(1)), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("date,device_id,device_name,energy_wh,energy_cost_EUR,power_max_w,complete");
        assertThat(lines).hasSize(1 + history.days());
        assertThat(lines.get(1)).startsWith(history.first() + "," + history.device() + ",Test " + history.device() + ",100.000,0.04,");
        BigDecimal summed = lines.subList(1, lines.size()).stream().map(line -> new BigDecimal(line.split(",")[3])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(summed).isEqualByComparingTo(BigDecimal.valueOf(history.energyWh()));
        assertThat(history.apiMonth().getJsonNumber("cost").bigDecimalValue()).as("the API's cost, as the report says").isEqualByComparingTo(history.cost());

        JsonObject run = runs(user, "?definition_id=" + definition).get(0);
        assertThat(run.getString("state")).isEqualTo("done");
        assertThat(run.getInt("version")).isEqualTo(1);
        assertThat(run.getString("period_key")).isEqualTo(history.month().toString());
        assertThat(run.getJsonNumber("size_bytes").longValue()).isEqualTo(pdf.length + csv.getBytes(StandardCharsets.UTF_8).length);
        HttpResponse<String> downloaded = user.api().get("/api/v1/report-runs/" + run.getInt("id") + "/files/csv");
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(csv);

        TestUser stranger = platform.newUser("reports-stranger");
        assertThat(stranger.api().get("/api/v1/report-definitions/" + definition).statusCode()).isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/report-runs/" + run.getInt("id")).statusCode()).isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/report-runs/" + run.getInt("id") + "/files/pdf").statusCode()).isEqualTo(404);
        assertThat(stranger.api().postJson("/api/v1/report-definitions/" + definition + "/run?period=" + history.month(), "").statusCode()).isEqualTo(404);
        assertThat(Platform.array(stranger.api().get("/api/v1/report-definitions"))).isEmpty();
        assertThat(runs(stranger, "")).isEmpty();

        assertField(user.api().put("/api/v1/users/me", "{\"locale\":\"xx-YY\"}"), "locale");
        HttpResponse<String> german = user.api().put("/api/v1/users/me", "{\"locale\":\"de-DE\"}");
        assertThat(Platform.object(german).getString("locale")).as(german.body()).isEqualTo("de-DE");
        HttpResponse<String> again = user.api().postJson("/api/v1/report-definitions/" + definition + "/run?period=" + history.month(), "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(Platform.object(again).getInt("version")).isEqualTo(2);
        // the user now reads German: words, month names and numbers of the second email and its PDF
        String germanKwh = String.format(Locale.GERMANY, "%,.3f", BigDecimal.valueOf(history.energyWh()).movePointLeft(3));
        String germanLabel = history.first().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN));
        platform.mailbox().awaitCountTo(user.email(), "Energiebericht: Monthly =home, " + germanLabel, 1, REPORT);
        assertThat(platform.mailbox().countTo(user.email(), "(Version 2, neu berechnet)")).isEqualTo(1);
        assertThat(platform.mailbox().countTo(user.email(), "Monthly =home")).isEqualTo(2);
        assertThat(runs(user, "?definition_id=" + definition)).extracting(r -> r.getInt("version")).containsExactly(2, 1);
        MimeMessage second = platform.mailbox().messagesTo(user.email()).stream().filter(m -> subjectOf(m).startsWith("Energiebericht"))
                .findFirst().orElseThrow();
        assertThat(text(second)).contains("Energie " + germanKwh + " kWh, Kosten " + history.cost().toPlainString().replace('.', ',') + " EUR",
                "Der Bericht ist angehängt.");
        try (PDDocument document = Loader.loadPDF(Mailbox.bytes(Mailbox.attachments(second).get(0)))) {
            assertThat(new PDFTextStripper().getText(document)).as("numbers and words in the user's own locale")
                    .contains(germanKwh + " kWh", "Energiebericht: Monthly =home", germanLabel, "Seite 1 von " + document.getNumberOfPages());
        }
    }

    @Test
    void missedPeriodsAreProducedOnceEachOldestFirst(Platform platform) {
        TestUser user = platform.newUser("reports-missed");
        String device = platform.newDevice(user.api(), "meter");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        // a run across midnight would see a fourth day finish
        TheDay.staysTheSameFor(Duration.ofMinutes(5));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String body = "{\"name\":\"Daily\",\"site_id\":" + site + ",\"period\":\"daily\",\"delivery_time\":\"00:00\",\"formats\":[\"csv\"],"
                + "\"first_period\":\"" + today.minusDays(3) + "\",\"enabled\":";
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions", body + "false}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long definition = Platform.object(created).getJsonNumber("id").longValue();
        // one missed day run by hand before the timer gets to it: the timer leaves it be (it used to refuse the whole round)
        assertThat(user.api().postJson("/api/v1/report-definitions/" + definition + "/run?period=" + today.minusDays(2), "").statusCode()).isEqualTo(202);
        assertField(user.api().postJson("/api/v1/report-definitions/" + definition + "/run?period=" + today, ""), "period");
        assertThat(user.api().put("/api/v1/report-definitions/" + definition, body + "true}").statusCode()).isEqualTo(200);

        platform.mailbox().awaitCountTo(user.email(), "Energy report: Daily", 3, REPORT);
        await("no fourth run of definition " + definition + " over five timer rounds").during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15))
                .until(() -> runs(user, "?definition_id=" + definition).size() == 3);
        List<JsonObject> runs = runs(user, "?definition_id=" + definition);
        assertThat(runs).extracting(r -> r.getString("period_key"))
                .containsExactlyInAnyOrder(today.minusDays(1).toString(), today.minusDays(2).toString(), today.minusDays(3).toString());
        assertThat(runs).extracting(r -> r.getInt("version")).containsOnly(1);
        assertThat(runs.stream().filter(r -> !r.getString("period_key").equals(today.minusDays(2).toString())).map(r -> r.getString("period_key")))
                .as("the timer's runs, newest first: planned oldest first").containsExactly(today.minusDays(1).toString(), today.minusDays(3).toString());
        assertThat(runs).extracting(r -> r.getString("state")).containsOnly("done");
        assertThat(platform.mailbox().countTo(user.email(), "Energy report: Daily")).isEqualTo(3);
    }

    @Test
    void anExternalRecipientGetsNothingBeforeConfirming(Platform platform) throws Exception {
        ReportHistory history = ReportHistory.lastMonth(platform, "reports-external");
        TestUser user = history.user();
        String outsider = "accountant-" + System.nanoTime() + "@example.org";
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions", "{\"name\":\"For the accountant\",\"site_id\":"
                + history.site() + ",\"period\":\"monthly\",\"delivery_time\":\"00:00\",\"formats\":[\"csv\"],\"emails\":[\"" + outsider
                + "\"],\"first_period\":\"" + history.month() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long definition = Platform.object(created).getJsonNumber("id").longValue();
        assertThat(Platform.object(created).getJsonArray("emails").getJsonObject(0).getBoolean("confirmed")).isFalse();

        String ask = platform.mailbox().awaitLatestTo(outsider, "To receive it, confirm here", REPORT);
        awaitReport(platform, user.email(), "Energy report: For the accountant");
        assertThat(platform.mailbox().messagesTo(outsider)).as("only the request to confirm").hasSize(1);

        URI link = confirmLink(ask);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Confirm", outsider);
        assertThat(Platform.object(user.api().get("/api/v1/report-definitions/" + definition)).getJsonArray("emails").getJsonObject(0)
                .getBoolean("confirmed")).as("opening the link changes nothing").isFalse();
        HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(link).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.body()).contains("Confirmed");

        assertThat(user.api().postJson("/api/v1/report-definitions/" + definition + "/run?period=" + history.month(), "").statusCode()).isEqualTo(202);
        MimeMessage report = awaitReport(platform, outsider, "Energy report: For the accountant");
        assertThat(text(report)).contains("version 2");
        assertThat(Mailbox.attachments(report)).extracting(BodyPart::getFileName).containsExactly("For_the_accountant-" + history.month() + "-v2.csv");
    }

    @Test
    void anExpiredConfirmationLinkConfirmsNothingAndSendsANewOneToTheSameAddress(Platform platform) throws Exception {
        TestUser user = platform.newUser("reports-expired");
        String device = platform.newDevice(user.api(), "meter");
        long site = Platform.object(user.api().get("/api/v1/devices/" + device)).getJsonNumber("site_id").longValue();
        String outsider = "landlord-" + System.nanoTime() + "@example.org";
        HttpResponse<String> created = user.api().postJson("/api/v1/report-definitions",
                "{\"name\":\"For the landlord\",\"site_id\":" + site + ",\"period\":\"monthly\",\"emails\":[\"" + outsider + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long definition = Platform.object(created).getJsonNumber("id").longValue();
        URI link = confirmLink(platform.mailbox().awaitLatestTo(outsider, "To receive it, confirm here within 7 days", REPORT));
        try (Connection db = platform.database();
             PreparedStatement age = db.prepareStatement("UPDATE report_recipient SET link_sent_at = link_sent_at - INTERVAL 7 DAY WHERE email = ?")) {
            age.setString(1, outsider);
            assertThat(age.executeUpdate()).as("the link made 7 days older").isEqualTo(1);
        }

        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("expired on", outsider, "Send me a new link");
        HttpResponse<String> late = http.send(HttpRequest.newBuilder(link).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(late.body()).contains("expired on", "nothing was confirmed");
        assertThat(Platform.object(user.api().get("/api/v1/report-definitions/" + definition)).getJsonArray("emails").getJsonObject(0)
                .getBoolean("confirmed")).as("an expired link confirms nothing").isFalse();

        URI again = URI.create(link.toString().replace("/confirm?", "/confirm/new-link?"));
        assertThat(http.send(HttpRequest.newBuilder(again).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("A new confirmation link is on its way to " + outsider);
        await("a second confirmation email").atMost(REPORT).until(() -> platform.mailbox().messagesTo(outsider).size(), count -> count == 2);
        URI fresh = confirmLink(platform.mailbox().awaitLatestTo(outsider, "To receive it", REPORT));
        assertThat(fresh).isNotEqualTo(link);
        assertThat(http.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the old link is replaced").isEqualTo(400);
        assertThat(http.send(HttpRequest.newBuilder(fresh).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("Confirmed: " + outsider);
        assertThat(Platform.object(user.api().get("/api/v1/report-definitions/" + definition)).getJsonArray("emails").getJsonObject(0)
                .getBoolean("confirmed")).isTrue();
    }

    private static URI confirmLink(String email) {
        Matcher link = Pattern.compile("(http\\S+/api/v1/report-recipients/confirm\\?token=\\S+)").matcher(email);
        assertThat(link.find()).as(email).isTrue();
        return URI.create(link.group(1));
    }

    @Test
    void aCustomReportIsMadeOnceAndKeptAndBadRequestsNameTheirField(Platform platform) {
        ReportHistory history = ReportHistory.lastMonth(platform, "reports-custom");
        TestUser user = history.user();
        HttpResponse<String> asked = user.api().postJson("/api/v1/reports", "{\"site_id\":" + history.site() + ",\"device_ids\":[\""
                + history.device() + "\"],\"from\":\"" + history.first() + "\",\"to\":\"" + history.first().plusDays(10) + "\",\"formats\":[\"csv\"]}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        int id = Platform.object(asked).getInt("id");
        JsonObject run = await("custom report run " + id + " done").atMost(REPORT).pollInterval(Duration.ofMillis(500))
                .until(() -> Platform.object(user.api().get("/api/v1/report-runs/" + id)), r -> !r.getString("state").matches("pending|running"));
        assertThat(run.getString("state")).as(run.toString()).isEqualTo("done");
        assertThat(run.getString("period")).isEqualTo("custom");
        String csv = user.api().get("/api/v1/report-runs/" + id + "/files/csv").body();
        assertThat(csv.split("\r\n")).hasSize(11);
        assertThat(run.getString("summary")).startsWith("Energy 5.500 kWh, cost 2.20 EUR"); // days 1..10: 100 × 55 Wh, energy only
        assertThat(user.api().get("/api/v1/report-runs/" + id + "/files/pdf").statusCode()).isEqualTo(404);

        assertField(user.api().postJson("/api/v1/report-definitions", "{\"name\":\"x\",\"site_id\":" + history.site() + ",\"period\":\"hourly\"}"), "period");
        assertField(user.api().postJson("/api/v1/report-definitions", "{\"name\":\"x\",\"site_id\":" + history.site()
                + ",\"period\":\"daily\",\"delivery_time\":\"25:00\"}"), "delivery_time");
        assertField(user.api().postJson("/api/v1/report-definitions", "{\"name\":\"x\",\"site_id\":" + history.site()
                + ",\"period\":\"daily\",\"formats\":[\"docx\"]}"), "formats");
        assertField(user.api().postJson("/api/v1/report-definitions", "{\"name\":\"x\",\"site_id\":" + history.site()
                + ",\"period\":\"monthly\",\"first_period\":\"2026-13\"}"), "first_period");
        assertField(user.api().postJson("/api/v1/reports", "{\"site_id\":" + history.site() + ",\"from\":\"2026-01-01\",\"to\":\"2027-06-01\"}"), "to");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Platform.object(response).getString("field")).isEqualTo(field);
    }

    private static MimeMessage awaitReport(Platform platform, String address, String subject) {
        return await("a report email '" + subject + "' to " + address).atMost(REPORT).pollInterval(Duration.ofMillis(300))
                .until(() -> platform.mailbox().messagesTo(address).stream().filter(m -> subjectOf(m).startsWith(subject)).toList(),
                        found -> !found.isEmpty()).get(0);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String text(MimeMessage email) throws Exception {
        return String.valueOf(((Multipart) email.getContent()).getBodyPart(0).getContent());
    }

    private static List<JsonObject> runs(TestUser user, String query) {
        return Platform.array(user.api().get("/api/v1/report-runs" + query)).stream().map(JsonObject.class::cast).toList();
    }
}
