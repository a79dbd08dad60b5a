package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Passwords, tokens, reset links and device secrets never reach a log file, even when calls fail. */
@ExtendWith(PlatformExtension.class)
class LogHygieneIT {

    @Test
    void noSecretOfAnySignInFlowIsLogged(Platform platform) throws Exception {
        String password = "Hygiene-" + System.nanoTime();
        String email = "hygiene-" + System.nanoTime() + "@it.test";
        AuthIT.register(platform, email, password);
        Matcher welcome = Pattern.compile("verify-email\\?token=(\\S+)")
                .matcher(platform.mailbox().awaitLatestTo(email, "verify-email", Duration.ofSeconds(30)));
        assertThat(welcome.find()).isTrue();
        platform.anonymous().postJson("/api/v1/auth/verify-email", "{\"token\":\"" + welcome.group(1) + "\"}");
        AuthIT.login(platform, email, password + "-wrong");
        JsonObject tokens = ApiClient.login(platform.running().httpUrl(), email, password);
        String refreshToken = tokens.getString("refresh_token");
        String accessToken = tokens.getString("access_token");
        JsonObject rotated = Platform.object(SessionsIT.refresh(platform, refreshToken));
        SessionsIT.refresh(platform, refreshToken); // a replay: refused, and the session ends
        platform.anonymous().withToken(accessToken + "tampered").get("/api/v1/users/me");
        String secondSession = ApiClient.login(platform.running().httpUrl(), email, password).getString("access_token");
        String device = platform.newDevice(platform.anonymous().withToken(secondSession), "hygiene");
        PasswordResetIT.requestReset(platform, email);
        Matcher link = Pattern.compile("reset-password\\?token=(\\S+)")
                .matcher(platform.mailbox().awaitLatestTo(email, "reset-password", Duration.ofSeconds(30)));
        assertThat(link.find()).isTrue();
        PasswordResetIT.confirm(platform, link.group(1), password + "-new");

        List<String> secrets = List.of(password, refreshToken, rotated.getString("refresh_token"),
                accessToken.substring(accessToken.lastIndexOf('.') + 1), link.group(1), welcome.group(1),
                platform.mqttSecret(device));
        String logs = allLogs(platform.running().dataDir);
        assertThat(logs).contains(email.substring(0, 8)); // the logs were read and do name the account's calls
        for (String secret : secrets) {
            assertThat(logs).as("a secret in the logs").doesNotContain(secret);
        }
    }

    private static String allLogs(Path dataDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(log, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
