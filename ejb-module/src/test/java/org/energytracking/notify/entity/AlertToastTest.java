package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertToastTest {

    @Test
    void aReopeningShowsAsOpenedAndEachReminderAsAReminder() {
        assertThat(toast("opened").kind()).isEqualTo("opened");
        assertThat(toast("reopened-2").kind()).isEqualTo("opened");
        assertThat(toast("reminder-1").kind()).isEqualTo("reminder");
        assertThat(toast("reminder-12").kind()).isEqualTo("reminder");
        assertThat(toast("resolved").kind()).isEqualTo("resolved");
    }

    private static AlertToast toast(String event) {
        return new AlertToast(7, 42, event, "warning", "Heater: power too high", "Heater: power above 2,000 W");
    }
}
