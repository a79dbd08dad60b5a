package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.FamilyFixtures.adapt;
import static org.energytracking.ingest.control.FamilyFixtures.only;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;

import java.time.Instant;
import java.time.ZoneId;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.KeyMapping;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/**
 * Payloads as Tasmota's documentation shows them (tasmota.github.io/docs/MQTT/ "tele/%topic%/SENSOR",
 * docs/Energy-Saving and the energy monitoring pages; the single-phase example is the one quoted in
 * ../shared/DEVICE-PAYLOADS.md).
 */
class TasmotaMessagesTest {

    private static final String SENSOR = "tele/" + DEVICE + "/SENSOR";
    private static final String DOCUMENTED = "{\"Time\":\"2022-01-11T21:57:38\",\"ENERGY\":{\"TotalStartTime\":\"2020-10-21T22:15:00\","
            + "\"Total\":3.705,\"Yesterday\":0.028,\"Today\":0.026,\"Period\":1,\"Power\":5,\"ApparentPower\":5,"
            + "\"ReactivePower\":0,\"Factor\":1.00,\"Voltage\":233,\"Current\":0.021}}";

    @Test
    void totalInKilowattHoursBecomesTheWattHourCounterAndLocalTimeIsReadInTheDevicesZone() {
        Reading reading = only(adapt(DeviceProtocol.TASMOTA, SENSOR, DOCUMENTED, ZoneId.of("Europe/Berlin"), KeyMapping.NONE));
        assertThat(reading.energyWh()).isEqualTo(3705.0);
        assertThat(reading.powerW()).isEqualTo(5.0);
        assertThat(reading.voltageV()).isEqualTo(233.0);
        assertThat(reading.currentA()).isEqualTo(0.021);
        assertThat(reading.powerFactor()).isEqualTo(1.0);
        assertThat(reading.apparentPowerVa()).isEqualTo(5.0);
        assertThat(reading.reactivePowerVar()).isEqualTo(0.0);
        assertThat(Instant.ofEpochMilli(reading.ts())).isEqualTo(Instant.parse("2022-01-11T20:57:38Z"));
    }

    @Test
    void localTimeOnTheDayNewYorkSpringsForwardLandsOnEachSideOfTheChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        String before = "{\"Time\":\"2026-03-08T01:30:00\",\"ENERGY\":{\"Total\":1.0}}";
        String after = "{\"Time\":\"2026-03-08T03:30:00\",\"ENERGY\":{\"Total\":1.5}}";
        assertThat(Instant.ofEpochMilli(only(adapt(DeviceProtocol.TASMOTA, SENSOR, before, newYork, KeyMapping.NONE)).ts()))
                .isEqualTo(Instant.parse("2026-03-08T06:30:00Z"));
        assertThat(Instant.ofEpochMilli(only(adapt(DeviceProtocol.TASMOTA, SENSOR, after, newYork, KeyMapping.NONE)).ts()))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void timeWithAnOffsetIsTakenAsWritten() {
        String payload = "{\"Time\":\"2022-01-11T21:57:38+01:00\",\"ENERGY\":{\"Total\":3.705}}";
        Reading reading = only(adapt(DeviceProtocol.TASMOTA, SENSOR, payload, ZoneId.of("America/New_York"), KeyMapping.NONE));
        assertThat(Instant.ofEpochMilli(reading.ts())).isEqualTo(Instant.parse("2022-01-11T20:57:38Z"));
    }

    @Test
    void arraysPerPhaseAddUpPowerCurrentAndCountersAndAverageTheVoltage() {
        String threePhase = "{\"Time\":\"2022-01-11T21:57:38\",\"ENERGY\":{\"Total\":[1.000,2.000,0.500],\"Power\":[100,200,-50],"
                + "\"Voltage\":[230,232,234],\"Current\":[0.5,1.0,0.25],\"Today\":[0.1,0.2,0.3]}}";
        Reading reading = only(adapt(DeviceProtocol.TASMOTA, SENSOR, threePhase));
        assertThat(reading.energyWh()).isEqualTo(3500.0);
        assertThat(reading.powerW()).isEqualTo(250.0);
        assertThat(reading.voltageV()).isEqualTo(232.0);
        assertThat(reading.currentA()).isEqualTo(1.75);
    }

    @Test
    void missingOrGarbagePeriodAndTodayAreNotRead() {
        String payload = "{\"Time\":\"2022-01-11T21:57:38\",\"ENERGY\":{\"Total\":3.705,\"Period\":\"nan\",\"Today\":\"x\"}}";
        assertThat(only(adapt(DeviceProtocol.TASMOTA, SENSOR, payload)).energyWh()).isEqualTo(3705.0);
    }

    @Test
    void lastWillSaysOnlineOrOffline() {
        assertThat(adapt(DeviceProtocol.TASMOTA, "tele/" + DEVICE + "/LWT", "Online").online()).isTrue();
        assertThat(adapt(DeviceProtocol.TASMOTA, "tele/" + DEVICE + "/LWT", "Offline").online()).isFalse();
    }

    @Test
    void stateIsKnownButHoldsNothingToStore() {
        String state = "{\"Time\":\"2022-01-11T21:57:38\",\"Uptime\":\"0T00:10:14\",\"POWER\":\"ON\",\"Wifi\":{\"AP\":1,\"RSSI\":100}}";
        AdaptedMessage message = adapt(DeviceProtocol.TASMOTA, "tele/" + DEVICE + "/STATE", state);
        assertThat(message.hasReadingsOrRejections()).isFalse();
        assertThat(message.online()).isNull();
    }

    @Test
    void sensorWithoutEnergyAndUnknownTopicsAreRejectedWithAReason() {
        assertThat(adapt(DeviceProtocol.TASMOTA, SENSOR, "{\"Time\":\"2022-01-11T21:57:38\",\"AM2301\":{\"Temperature\":21.3}}")
                .parsed().rejections()).singleElement().asString().contains("without an ENERGY object");
        assertThat(adapt(DeviceProtocol.TASMOTA, "tele/" + DEVICE + "/FOO", "{}").parsed().rejections())
                .singleElement().asString().contains("not a Tasmota telemetry topic");
        assertThat(adapt(DeviceProtocol.TASMOTA, SENSOR, "{\"ENERGY\":{\"Total\":[1,\"x\"]}}").parsed().rejections())
                .singleElement().asString().contains("ENERGY.Total");
    }

    @Test
    void exportActiveIsTheExportChannelsCounterAndEachPhaseIsAChannelOfItsOwn() {
        String payload = "{\"Time\":\"2022-01-11T21:57:38\",\"ENERGY\":{\"Total\":[1.000,2.000],\"Power\":[100,-40],"
                + "\"ExportActive\":0.250}}";
        AdaptedMessage message = adapt(DeviceProtocol.TASMOTA, SENSOR, payload);
        assertThat(message.channels().keySet()).containsExactly("", "export", "1", "2");
        assertThat(message.channels().get("export").readings()).singleElement()
                .satisfies(export -> assertThat(export.energyWh()).isEqualTo(250.0));
        assertThat(message.channels().get("2").readings()).singleElement().satisfies(phase -> {
            assertThat(phase.deviceId()).isEqualTo(DEVICE + ":2");
            assertThat(phase.energyWh()).isEqualTo(2000.0);
            assertThat(phase.powerW()).as("negative power: exporting").isEqualTo(-40.0);
        });
    }

    /** A three-phase meter (SDM630 and the like) with an export counter per phase, ENERGY as Tasmota's docs show it. */
    @Test
    void anExportActiveArrayIsThePhasesExportCountersEachAChannelOfItsOwnBesideTheirSum() {
        String payload = "{\"Time\":\"2022-01-11T21:57:38\",\"ENERGY\":{\"TotalStartTime\":\"2021-12-01T10:00:00\","
                + "\"Total\":[1.000,2.000,3.000],\"Power\":[100,-40,0],\"ExportActive\":[0.125,1.500,0.000]}}";
        AdaptedMessage message = adapt(DeviceProtocol.TASMOTA, SENSOR, payload);
        assertThat(message.channels().keySet()).containsExactly("", "export", "1", "export1", "2", "export2", "3", "export3");
        assertThat(message.channels().get("export").readings().get(0).energyWh()).isEqualTo(1625.0);
        assertThat(message.channels().get("export2").readings()).singleElement().satisfies(export -> {
            assertThat(export.deviceId()).isEqualTo(DEVICE + ":export2");
            assertThat(export.energyWh()).isEqualTo(1500.0);
        });
        assertThat(message.channels().get("export3").readings().get(0).energyWh()).isEqualTo(0.0);
    }
}
