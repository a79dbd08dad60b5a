package org.energytracking.devices.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceQueryTest {

    @Test
    void noFilterAndNoSiteRestrictionSelectsEveryDeviceButChannelsByName() {
        assertThat(DeviceQuery.all().jpql("SELECT d", false, true))
                .isEqualTo("SELECT d FROM Device d WHERE d.parentId IS NULL ORDER BY d.name ASC, d.deviceId");
    }

    @Test
    void textSiteAndRestrictionAreAllRequired() {
        String jpql = new DeviceQuery(" plug ", 7L, "lastSeen", true).jpql("SELECT d", true, true);
        assertThat(jpql).contains("d.siteId IN :siteIds AND (LOWER(d.name) LIKE :text", "AND d.siteId = :siteId")
                .endsWith("ORDER BY d.lastSeenAt DESC, d.deviceId");
    }

    @Test
    void aCountHasNoOrder() {
        assertThat(new DeviceQuery("x", null, "deviceId", false).jpql("SELECT COUNT(d)", false, false))
                .doesNotContain("ORDER BY").startsWith("SELECT COUNT(d) FROM Device d WHERE");
    }

    @Test
    void anUnknownSortFallsBackToTheName() {
        assertThat(new DeviceQuery(null, null, "mqttSecretHash", false).sort()).isEqualTo("name");
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        assertThat(new DeviceQuery("50%_Off!", null, null, false).pattern()).isEqualTo("%50!%!_off!!%");
    }

    @Test
    void aBlankTextIsNoFilter() {
        assertThat(new DeviceQuery("  ", null, null, false).text()).isNull();
    }
}
