package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofSeconds(20));

    @Test
    void aFailureKeepsItsErrorAndComesBackOnTheSchedule() {
        Delivery delivery = Delivery.due(T0);
        delivery.failed("https://sms.example/send answered 500", schedule, T0);
        assertThat(delivery.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(delivery.dueAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).isEqualTo("https://sms.example/send answered 500");
    }

    @Test
    void pastTheGiveUpTimeItIsFailedWithItsLastError() {
        Delivery delivery = Delivery.due(T0);
        delivery.failed("first", schedule, T0);
        delivery.failed("SMTP: connection refused", schedule, T0.plusSeconds(25));
        assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastError()).isEqualTo("SMTP: connection refused");
    }

    @Test
    void aSendClearsTheErrorAndAnEmptyErrorStillSaysSomething() {
        Delivery delivery = Delivery.due(T0);
        delivery.failed(null, schedule, T0);
        assertThat(delivery.lastError()).isEqualTo("failed");
        delivery.sent(T0.plusSeconds(2));
        assertThat(delivery.state()).isEqualTo(Delivery.State.SENT);
        assertThat(delivery.lastError()).isNull();
        assertThat(delivery.sentAt()).isEqualTo(T0.plusSeconds(2));
    }
}
