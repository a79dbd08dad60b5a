package org.energytracking.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ApiAnswersTest {

    @Test
    void accessTokenOfTheLoginAnswer() throws Exception {
        assertThat(ApiAnswers.accessToken("{\"access_token\":\"eyJ.a.b\",\"refresh_token\":\"r\",\"token_type\":\"Bearer\","
                + "\"expires_in\":900}")).isEqualTo("eyJ.a.b");
    }

    @Test
    void mqttLoginOfANewDeviceIsInItsMqttObject() throws Exception {
        String created = "{\"device_id\":\"plug-1\",\"name\":\"Kitchen\",\"mqtt\":{\"username\":\"plug-1\",\"password\":\"s\\\"cret\"}}";
        assertThat(ApiAnswers.registeredLogin(created)).isEqualTo(new ApiAnswers.MqttLogin("plug-1", "s\"cret"));
    }

    @Test
    void rotatedMqttLoginIsTheWholeAnswer() throws Exception {
        assertThat(ApiAnswers.newLogin("{\"username\":\"plug-1\",\"password\":\"n3w\"}"))
                .isEqualTo(new ApiAnswers.MqttLogin("plug-1", "n3w"));
    }

    @Test
    void readingTimestampsAreTheEpochMillisOfTheHistoryAnswer() throws Exception {
        String history = "[{\"ts\":\"2026-11-28T10:00:00.123Z\",\"ts_ms\":1795860000123,\"power\":12.5},"
                + "{\"ts\":\"2026-11-28T10:00:00.124Z\",\"ts_ms\":1795860000124,\"power\":null}]";
        assertThat(ApiAnswers.readingTimestamps(history)).containsExactly(1795860000123L, 1795860000124L);
        assertThat(ApiAnswers.readingTimestamps("[]")).isEmpty();
        assertThatThrownBy(() -> ApiAnswers.readingTimestamps("{\"error\":\"x\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ApiAnswers.readingTimestamps("[{\"ts\":1}]")).isInstanceOf(IOException.class);
    }

    @Test
    void answersWithoutTheExpectedFieldsAreErrorsThatSayWhatIsMissing() {
        assertThatThrownBy(() -> ApiAnswers.registeredLogin("{\"device_id\":\"plug-1\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("mqtt");
        assertThatThrownBy(() -> ApiAnswers.newLogin("{\"username\":\"plug-1\",\"password\":null}"))
                .isInstanceOf(IOException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> ApiAnswers.accessToken("<html>502</html>"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> ApiAnswers.accessToken("[1]"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void loginNeverShowsTheSecret() {
        assertThat(new ApiAnswers.MqttLogin("plug-1", "s3cret").toString()).doesNotContain("s3cret");
    }
}
