package org.energytracking.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.control.Preferences;

/** The link at the foot of every alert email: no more alert emails, without signing in. */
@Stateless
public class Unsubscribe {

    @Inject
    Preferences preferences;

    private final Clock clock = Clock.systemUTC();

    public void fromEmail(String token) {
        preferences.byUnsubscribeToken(token).orElseThrow(() -> Problem.invalid("token", "this unsubscribe link is not known"))
                .unsubscribeFromEmail(clock.instant());
    }
}
