package org.energytracking.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.control.Preferences;

/**
 * The link at the foot of every alert email and in its List-Unsubscribe header: no more alert emails, without
 * signing in. Only {@link #fromEmail} changes anything; opening the link only checks it (mail scanners open it).
 */
@Stateless
public class Unsubscribe {

    @Inject
    Preferences preferences;

    private final Clock clock = Clock.systemUTC();

    public void check(String token) {
        preferences.byUnsubscribeToken(token).orElseThrow(Unsubscribe::unknown);
    }

    public void fromEmail(String token) {
        preferences.byUnsubscribeToken(token).orElseThrow(Unsubscribe::unknown).unsubscribeFromEmail(clock.instant());
    }

    private static RuntimeException unknown() {
        return Problem.invalid("token", "this unsubscribe link is not known");
    }
}
