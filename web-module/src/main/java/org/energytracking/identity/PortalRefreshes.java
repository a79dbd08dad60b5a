package org.energytracking.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.SignIn;

/**
 * One refresh per refresh token. A page's parallel requests may all carry the same expired access
 * token; presenting its refresh token twice would look like theft and end the session, so the
 * later ones get the tokens the first one already received.
 */
@ApplicationScoped
public class PortalRefreshes {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Accounts accounts;

    private record Renewal(SignIn signIn, long atNanos) {
    }

    private final Map<String, Renewal> recent = new LinkedHashMap<>();

    public synchronized SignIn refresh(String refreshToken, ClientInfo client) {
        long now = System.nanoTime();
        recent.values().removeIf(r -> now - r.atNanos() > REMEMBERED.toNanos());
        Renewal done = recent.get(refreshToken);
        if (done != null) {
            return done.signIn();
        }
        SignIn renewed = accounts.refresh(refreshToken, client);
        if (recent.size() >= MAX_REMEMBERED) {
            recent.remove(recent.keySet().iterator().next());
        }
        recent.put(refreshToken, new Renewal(renewed, now));
        return renewed;
    }
}
