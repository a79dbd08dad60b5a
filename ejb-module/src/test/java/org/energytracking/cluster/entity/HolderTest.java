package org.energytracking.cluster.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolderTest {

    private final Holder now = Holder.of("host-a", "instance1@1f", 4242);

    @Test
    void anIdNamesThePlaceAndThisLife() {
        assertThat(now.id()).startsWith("host-a/instance1@1f/4242-").hasSize("host-a/instance1@1f/4242-".length() + 8);
    }

    @Test
    void twoStartsOfTheSameInstanceAreTwoLives() {
        assertThat(Holder.of("host-a", "instance1@1f", 4242).id()).isNotEqualTo(now.id());
    }

    @Test
    void theSameInstanceBeforeARestartIsAnEarlierLife() {
        assertThat(now.isEarlierLifeOf("host-a/instance1@1f/977-0badf00d")).isTrue();
    }

    @Test
    void neitherItselfNorAnotherInstanceNorAnotherHostIsAnEarlierLife() {
        assertThat(now.isEarlierLifeOf(now.id())).isFalse();
        assertThat(now.isEarlierLifeOf("host-a/instance2@1f/977-0badf00d")).isFalse();
        assertThat(now.isEarlierLifeOf("host-a/instance1@1f0/977-0badf00d")).isFalse();
        assertThat(now.isEarlierLifeOf("host-b/instance1@1f/977-0badf00d")).isFalse();
    }
}
