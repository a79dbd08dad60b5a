package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.FamilyFixtures.adapt;
import static org.energytracking.ingest.control.FamilyFixtures.only;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;

import java.time.Instant;
import java.util.List;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/**
 * Payloads as Shelly's Gen2+ API documentation shows them (shelly-api-docs.shelly.cloud/gen2: Switch.GetStatus,
 * EM.GetStatus, EMData.GetStatus, "Notifications" NotifyStatus, MQTT "Generic status update"); the switch
 * status is the one quoted in ../shared/DEVICE-PAYLOADS.md.
 */
class ShellyGen2MessagesTest {

    @Test
    void switchStatusGivesPowerVoltageCurrentTheWattHourCounterAndTemperature() {
        String status = "{\"id\":0,\"output\":true,\"apower\":10.7,\"voltage\":120.7,\"current\":0.133,\"aenergy\":{\"total\":46791.262,"
                + "\"by_minute\":[73.921,177.749,177.749],\"minute_ts\":1682952864},\"temperature\":{\"tC\":47.9,\"tF\":118.3}}";
        Reading reading = only(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/switch:0", status));
        assertThat(reading).isEqualTo(new Reading(DEVICE, IngestFixtures.RECEIVED_AT, 10.7, 120.7, 0.133, 46791.262, 47.9));
    }

    @Test
    void notifyStatusIsAPartialDeltaStampedWithItsUnixSeconds() {
        String frame = "{\"src\":\"shellyplus1pm-a8032ab12345\",\"dst\":\"" + DEVICE + "/events\",\"method\":\"NotifyStatus\","
                + "\"params\":{\"ts\":1682952912.35,\"switch:0\":{\"id\":0,\"aenergy\":{\"by_minute\":[0,0,0],\"minute_ts\":1682952900,\"total\":46791.262}}}}";
        Reading reading = only(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/events/rpc", frame));
        assertThat(reading.energyWh()).isEqualTo(46791.262);
        assertThat(reading.powerW()).as("a missing field is unknown, never zero").isNull();
        assertThat(Instant.ofEpochMilli(reading.ts())).isEqualTo(Instant.parse("2023-05-01T14:55:12.350Z"));
    }

    @Test
    void threePhaseMeterGivesItsTotalsFromEmAndEmdata() {
        String em = "{\"id\":0,\"a_current\":0.027,\"a_voltage\":227.5,\"a_act_power\":2.8,\"a_aprt_power\":6.1,\"a_pf\":0.69,"
                + "\"b_current\":0.033,\"b_voltage\":227.5,\"b_act_power\":4.1,\"c_current\":0.04,\"c_voltage\":228.9,\"c_act_power\":1.5,"
                + "\"n_current\":null,\"total_current\":0.1,\"total_act_power\":8.4,\"total_aprt_power\":18.4}";
        Reading power = only(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/em:0", em));
        assertThat(power.powerW()).isEqualTo(8.4);
        assertThat(power.currentA()).isEqualTo(0.1);
        assertThat(power.voltageV()).isEqualTo(227.5);
        assertThat(power.apparentPowerVa()).isEqualTo(18.4);
        assertThat(power.powerFactor()).as("a three-phase total has no single power factor").isNull();
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/em:0", em).channels().get("a").readings()).singleElement()
                .satisfies(a -> assertThat(List.of(a.powerFactor(), a.apparentPowerVa())).containsExactly(0.69, 6.1));
        String emdata = "{\"id\":0,\"a_total_act_energy\":51.28,\"a_total_act_ret_energy\":0,\"b_total_act_energy\":10.3,"
                + "\"b_total_act_ret_energy\":0,\"c_total_act_energy\":9.61,\"c_total_act_ret_energy\":0,\"total_act\":71.19,\"total_act_ret\":0}";
        assertThat(only(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/emdata:0", emdata)).energyWh()).isEqualTo(71.19);
    }

    @Test
    void componentsWithoutMeasurementsAndEarlyEmptyEmdataAreNothingToStore() {
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/sys", "{\"mac\":\"A8032AB12345\",\"uptime\":120}")
                .hasReadingsOrRejections()).isFalse();
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/emdata:0", "{\"id\":0}").hasReadingsOrRejections()).isFalse();
        String mqttOnly = "{\"method\":\"NotifyStatus\",\"params\":{\"ts\":1682952912.35,\"mqtt\":{\"connected\":true}}}";
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/events/rpc", mqttOnly).hasReadingsOrRejections()).isFalse();
    }

    @Test
    void onlineTopicSetsAvailabilityAndUnknownTopicsAreRejected() {
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/online", "true").online()).isTrue();
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/online", "false").online()).isFalse();
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/switch:0", "not json").parsed().rejections())
                .singleElement().asString().contains("malformed JSON");
        assertThat(adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/debug/log", "x").parsed().rejections())
                .singleElement().asString().contains("not a Shelly Gen2 topic");
    }

    @Test
    void threePhaseMeterGivesEachPhaseAChannelAndReturnedEnergyTheExportChannel() {
        String emdata = "{\"id\":0,\"a_total_act_energy\":51.28,\"a_total_act_ret_energy\":0,\"b_total_act_energy\":10.3,"
                + "\"c_total_act_energy\":9.61,\"total_act\":71.19,\"total_act_ret\":12.5}";
        AdaptedMessage message = adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/emdata:0", emdata);
        assertThat(message.channels().keySet()).containsExactly("", "export", "a", "exporta", "b", "c");
        assertThat(message.channels().get("export").readings().get(0).energyWh()).isEqualTo(12.5);
        assertThat(message.channels().get("b").readings().get(0).energyWh()).isEqualTo(10.3);
    }

    @Test
    void secondSwitchIsChannelOneAndRetAenergyOfTheFirstIsExport() {
        String frame = "{\"method\":\"NotifyStatus\",\"params\":{\"ts\":1682952912.35,"
                + "\"switch:0\":{\"id\":0,\"apower\":-350.0,\"ret_aenergy\":{\"total\":812.5}},\"switch:1\":{\"id\":1,\"apower\":20.5}}}";
        AdaptedMessage message = adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/events/rpc", frame);
        assertThat(message.parsed().readings().get(0).powerW()).isEqualTo(-350.0);
        assertThat(message.channels().get("export").readings().get(0).energyWh()).isEqualTo(812.5);
        assertThat(message.channels().get("1").readings().get(0).powerW()).isEqualTo(20.5);
    }

    /** EMData.GetStatus of a Pro 3EM (field names of the docs' status section): each phase's returned energy, Wh. */
    @Test
    void eachPhasesReturnedEnergyIsAnExportChannelOfItsOwnBesideTheTotal() {
        String emdata = "{\"id\":0,\"a_total_act_energy\":5000,\"a_total_act_ret_energy\":1200.5,\"b_total_act_energy\":3000,"
                + "\"b_total_act_ret_energy\":800,\"c_total_act_energy\":100,\"c_total_act_ret_energy\":499.5,\"total_act\":8100,\"total_act_ret\":2500}";
        AdaptedMessage message = adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/emdata:0", emdata);
        assertThat(message.channels().keySet()).containsExactly("", "export", "a", "exporta", "b", "exportb", "c", "exportc");
        assertThat(message.channels().get("export").readings().get(0).energyWh()).isEqualTo(2500.0);
        assertThat(message.channels().get("exportc").readings()).singleElement().satisfies(export -> {
            assertThat(export.deviceId()).isEqualTo(DEVICE + ":exportc");
            assertThat(export.energyWh()).isEqualTo(499.5);
        });
    }

    /** A Plus 2PM's second switch exporting (Switch.GetStatus ret_aenergy) and a Pro EM's second clamp (EM1Data.GetStatus). */
    @Test
    void returnedEnergyOfASecondSwitchOrClampIsThatChannelsExport() {
        String frame = "{\"method\":\"NotifyStatus\",\"params\":{\"ts\":1682952912.35,\"switch:1\":{\"id\":1,\"apower\":-120.0,"
                + "\"aenergy\":{\"total\":310.2},\"ret_aenergy\":{\"total\":95.75}}}}";
        AdaptedMessage message = adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/events/rpc", frame);
        assertThat(message.channels().keySet()).containsExactly("1", "export1");
        assertThat(message.channels().get("export1").readings().get(0).energyWh()).isEqualTo(95.75);
        String em1data = "{\"id\":1,\"total_act_energy\":6644.90,\"total_act_ret_energy\":2595.26}";
        AdaptedMessage clamp = adapt(DeviceProtocol.SHELLY_GEN2, DEVICE + "/status/em1data:1", em1data);
        assertThat(clamp.channels().keySet()).containsExactly("1", "export1");
        assertThat(clamp.channels().get("1").readings().get(0).energyWh()).isEqualTo(6644.90);
        assertThat(clamp.channels().get("export1").readings().get(0).energyWh()).isEqualTo(2595.26);
    }
}
