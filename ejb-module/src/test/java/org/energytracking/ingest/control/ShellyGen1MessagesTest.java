package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.FamilyFixtures.adapt;
import static org.energytracking.ingest.control.FamilyFixtures.only;
import static org.energytracking.ingest.control.FamilyFixtures.only;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;

import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/**
 * Topics and values as Shelly's Gen1 API documentation lists them (shelly-api-docs.shelly.cloud/gen1/#mqtt:
 * "shellies/&lt;model&gt;-&lt;deviceid&gt;/relay/0/power", ".../relay/0/energy" in watt-minutes,
 * ".../emeter/&lt;i&gt;/total" in Wh, ".../online").
 */
class ShellyGen1MessagesTest {

    /** RECEIVED_AT floored to the 10 s merge window. */
    private static final long MERGED_TS = IngestFixtures.RECEIVED_AT - Math.floorMod(IngestFixtures.RECEIVED_AT, 10_000L);

    @Test
    void relayEnergyInWattMinutesBecomesWattHours() {
        assertThat(only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/relay/0/energy", "6600")).energyWh()).isEqualTo(110.0);
        assertThat(only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/relay/0/power", "42.5")).powerW()).isEqualTo(42.5);
    }

    @Test
    void valuesOfOnePublicationShareOneTimestampSoTheyMergeIntoOneReading() {
        Reading power = only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/0/power", "230.4"));
        Reading total = only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/0/total", "12345.6"));
        assertThat(power.ts()).isEqualTo(MERGED_TS).isEqualTo(total.ts());
        assertThat(total.energyWh()).as("emeter total is already Wh").isEqualTo(12345.6);
    }

    @Test
    void shelly2PublishesItsTotalWithoutAChannel() {
        assertThat(only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/relay/power", "99")).powerW()).isEqualTo(99.0);
    }

    @Test
    void relayStateAndTemperatureAreNothingToStore() {
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/relay/0", "on").hasReadingsOrRejections()).isFalse();
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/temperature", "41.2").hasReadingsOrRejections()).isFalse();
    }

    /** Shelly EM (Gen1 API, MQTT): emeter/{i}/pf and emeter/{i}/reactive_power (var), one value per topic. */
    @Test
    void emeterPowerFactorAndReactivePowerAreStored() {
        assertThat(only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/0/pf", "0.95")).powerFactor()).isEqualTo(0.95);
        assertThat(only(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/0/reactive_power", "-12.5"))
                .reactivePowerVar()).isEqualTo(-12.5);
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/0/pf", "1.7").parsed().rejections())
                .singleElement().asString().contains("power_factor: 1.7");
    }

    @Test
    void secondRelayIsChannelOneAndEmeterTotalReturnedIsTheExportCounter() {
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/relay/1/power", "15").channels().get("1").readings())
                .singleElement().satisfies(relay -> assertThat(relay.powerW()).isEqualTo(15.0));
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/0/total_returned", "4321.5").channels().get("export")
                .readings()).singleElement().satisfies(export -> assertThat(export.energyWh()).isEqualTo(4321.5));
    }

    /** Shelly EM / 3EM (Gen1 API, MQTT): shellies/{id}/emeter/{i}/total_returned, Wh, for each emeter. */
    @Test
    void aFurtherEmetersTotalReturnedIsTheExportCounterOfItsChannel() {
        AdaptedMessage returned = adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/emeter/2/total_returned", "1785.4");
        assertThat(returned.channels().keySet()).containsExactly("export2");
        assertThat(returned.channels().get("export2").readings()).singleElement().satisfies(export -> {
            assertThat(export.deviceId()).isEqualTo(DEVICE + ":export2");
            assertThat(export.energyWh()).isEqualTo(1785.4);
        });
    }

    @Test
    void onlineSetsAvailabilityAndNonNumbersOrUnknownTopicsAreRejected() {
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/online", "false").online()).isFalse();
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/relay/0/power", "lots").parsed().rejections())
                .singleElement().asString().contains("expected a number");
        assertThat(adapt(DeviceProtocol.SHELLY_GEN1, "shellies/" + DEVICE + "/firmware", "x").parsed().rejections())
                .singleElement().asString().contains("not a Shelly Gen1 topic");
    }
}
