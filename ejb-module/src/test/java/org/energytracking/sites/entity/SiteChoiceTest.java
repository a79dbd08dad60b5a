package org.energytracking.sites.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteChoiceTest {

    private static final SiteChoice SHARED = new SiteChoice(1, "Office", "Europe/Vienna", null);
    private static final SiteChoice OTHERS = new SiteChoice(2, "Anna's home", "Europe/Vienna", 8L);
    private static final SiteChoice OWN = new SiteChoice(3, "Home", "Europe/Berlin", 7L);

    @Test
    void theUsersOwnSiteComesFirstWhereverItIsListed() {
        assertThat(SiteChoice.preferred(List.of(SHARED, OTHERS, OWN), 7)).contains(OWN);
    }

    @Test
    void withoutAnOwnSiteTheFirstListed() {
        assertThat(SiteChoice.preferred(List.of(OTHERS, SHARED), 7)).contains(OTHERS);
    }

    @Test
    void noSitesNothingPreferred() {
        assertThat(SiteChoice.preferred(List.of(), 7)).isEmpty();
    }
}
