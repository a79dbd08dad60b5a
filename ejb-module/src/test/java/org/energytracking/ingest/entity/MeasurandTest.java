package org.energytracking.ingest.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurandTest {

    @ParameterizedTest
    @CsvSource({"POWER, power, W, -1000000, 1000000", "VOLTAGE, voltage, V, 0, 1000",
            "CURRENT, current, A, -10000, 10000", "ENERGY, energy, Wh, 0, 1e12", "TEMPERATURE, temperature, °C, -60, 200"})
    void keysUnitsAndRangesAreThoseDevicesAreDocumentedToSend(Measurand measurand, String key, String unit, double min,
            double max) {
        assertThat(measurand.key()).isEqualTo(key);
        assertThat(measurand.unit()).isEqualTo(unit);
        assertThat(measurand.min()).isEqualTo(min);
        assertThat(measurand.max()).isEqualTo(max);
    }

    @ParameterizedTest
    @EnumSource(Measurand.class)
    void byKeyFindsEachMeasurandByItsKey(Measurand measurand) {
        assertThat(Measurand.byKey(measurand.key())).contains(measurand);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ts", "values", "Power", "POWER", " power", "humidity"})
    void byKeyIsExactAndKnowsNothingElse(String key) {
        assertThat(Measurand.byKey(key)).isEmpty();
    }

    @Test
    void byKeyOfNullIsEmpty() {
        assertThat(Measurand.byKey(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Measurand.class)
    void rangeIsInclusiveAndExcludesNonFiniteValues(Measurand measurand) {
        assertThat(measurand.isPlausible(measurand.min())).isTrue();
        assertThat(measurand.isPlausible(measurand.max())).isTrue();
        assertThat(measurand.isPlausible(Math.nextDown(measurand.min()))).isFalse();
        assertThat(measurand.isPlausible(Math.nextUp(measurand.max()))).isFalse();
        assertThat(measurand.isPlausible(Double.NaN)).isFalse();
        assertThat(measurand.isPlausible(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(measurand.isPlausible(Double.NEGATIVE_INFINITY)).isFalse();
    }
}
