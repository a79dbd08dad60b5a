package org.energytracking.notify.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestEmailTest {

    private final List<DigestEmail.Line> lines = List.of(
            new DigestEmail.Line("4 Dec 23:10", "Heater: power above 2,000 W", "https://portal/app/alerts?alert=1"),
            new DigestEmail.Line("5 Dec 02:40", "Kitchen <plug>: no reading since 02:01 (39 min)", "https://portal/app/alerts?alert=2"));

    @Test
    void theSubjectCountsTheEventsAndSaysWhyTheyCameTogether() {
        assertThat(new DigestEmail(DigestKind.QUIET, lines, "u").subject()).isEqualTo("[Energy] 2 alert events during your quiet hours");
        assertThat(new DigestEmail(DigestKind.DAILY, lines.subList(0, 1), "u").subject()).isEqualTo("[Energy] Daily digest: 1 alert event");
    }

    @Test
    void eachEventIsALineWithItsTimeAndLinkAndTheFootUnsubscribes() {
        DigestEmail email = new DigestEmail(DigestKind.DAILY, lines, "https://portal/api/v1/notifications/unsubscribe?token=t");
        assertThat(email.text()).contains("4 Dec 23:10  Heater: power above 2,000 W\n        https://portal/app/alerts?alert=1\n5 Dec 02:40",
                "No more alert emails: https://portal/api/v1/notifications/unsubscribe?token=t");
        assertThat(email.html()).contains("Kitchen &lt;plug&gt;", "href=\"https://portal/app/alerts?alert=2\"", "unsubscribe?token=t");
    }
}
