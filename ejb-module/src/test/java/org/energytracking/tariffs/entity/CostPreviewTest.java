package org.energytracking.tariffs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.tariffs.entity.TariffExamples.BERLIN;
import static org.energytracking.tariffs.entity.TariffExamples.berlin;
import static org.energytracking.tariffs.entity.TariffExamples.tariff;
import static org.energytracking.tariffs.entity.TariffExamples.version;
import static org.energytracking.tariffs.entity.TariffExamples.window;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostPreviewTest {

    private static final Tariff TOU = tariff("EUR", version("2026-01-01", null, "0.50", "0.20",
            List.of(window("MON-FRI", "07:00", "22:00", "0.30")), List.of()));

    @Test
    void pricesEachWindowAndAddsAStandingChargePerDay() {
        // Monday 2026-03-02: one kWh at 06:45 (default), two at 12:00 (peak)
        CostPreview preview = CostPreview.of(TOU, List.of(berlin("2026-03-02T06:45", 1000), berlin("2026-03-02T12:00", 2000)),
                BERLIN, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));

        assertThat(preview.energyWh()).isEqualTo(3000);
        assertThat(preview.energyCost()).isEqualByComparingTo("0.80");
        assertThat(preview.standingCharges()).isEqualByComparingTo("15.50");
        assertThat(preview.total()).isEqualByComparingTo("16.30");
        assertThat(preview.windows()).extracting(CostPreview.WindowCost::window).containsExactly("MON-FRI 07:00-22:00", "default");
        assertThat(preview.windows()).extracting(CostPreview.WindowCost::cost).map(Object::toString).containsExactly("0.60", "0.20");
    }

    @Test
    void energyBeforeTheFirstVersionIsShownUnpricedAndOwesNoStandingCharge() {
        CostPreview preview = CostPreview.of(TOU, List.of(berlin("2025-12-31T12:00", 1000)), BERLIN,
                LocalDate.parse("2025-12-31"), LocalDate.parse("2026-01-02"));

        assertThat(preview.energyCost()).isNull();
        assertThat(preview.standingCharges()).isEqualByComparingTo("0.50");
        assertThat(preview.total()).isEqualByComparingTo("0.50");
        assertThat(preview.windows()).singleElement().satisfies(window -> {
            assertThat(window.window()).isNull();
            assertThat(window.cost()).isNull();
        });
    }
}
