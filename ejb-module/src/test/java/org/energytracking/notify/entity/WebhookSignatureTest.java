package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void isTheHmacSha256OfTheBodyInHex() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.of("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8), "Jefe"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anotherSecretOrBodySignsDifferently() {
        byte[] body = "{\"alert\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.of(body, "a")).isNotEqualTo(WebhookSignature.of(body, "b"))
                .isNotEqualTo(WebhookSignature.of("{\"alert\":2}".getBytes(StandardCharsets.UTF_8), "a"));
    }
}
