package org.energytracking.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.devices.entity.DeviceStatus;
import org.junit.jupiter.api.Test;

class DeviceCardsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-29T08:00:00Z");

    @Test
    void aCsvRowPerDeviceWithItsStatusInWordsAndBlanksForWhatIsNotKnown() {
        DeviceCards cards = new DeviceCards(BERLIN, List.of(
                new DeviceStatus(1, "plug-1", "Kitchen", "plug", BERLIN, NOW.minusSeconds(60), NOW.minusSeconds(60), 230.5),
                new DeviceStatus(2, "meter-2", "Hall", "meter", BERLIN, null, null, null)));
        assertThat(cards.rows(NOW, key -> "[" + key + "]")).containsExactly(
                List.of("plug-1", "Kitchen", "[status.online]", "2026-03-29T07:59:00Z", 230.5),
                List.of("meter-2", "Hall", "[status.offline]", "", ""));
    }

    @Test
    void timesShowInTheSitesZone() {
        DeviceCards cards = new DeviceCards(BERLIN, List.of());
        assertThat(cards.local(NOW)).isEqualTo(LocalDateTime.parse("2026-03-29T10:00"));
        assertThat(cards.local(null)).isNull();
        assertThat(cards.zoneId()).isEqualTo("Europe/Berlin");
    }
}
