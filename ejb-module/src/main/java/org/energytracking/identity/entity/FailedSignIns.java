package org.energytracking.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/**
 * Failed sign-ins in a row. After {@value #FREE_ATTEMPTS} the account waits 5, 10, 20 ... seconds
 * between attempts (slowing a guesser down), and after {@value #LOCK_AFTER} it is locked for
 * {@link #LOCK}. Unknown emails follow the same rule, so the answers do not tell which exist.
 */
@Embeddable
public class FailedSignIns {

    public static final int FREE_ATTEMPTS = 3;
    public static final int LOCK_AFTER = 10;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Column(name = "failed_logins")
    private int count;
    @Column(name = "locked_until")
    @Convert(converter = UtcInstant.class)
    private Instant lockedUntil;

    public FailedSignIns() {
    }

    public void failed(Instant now) {
        count++;
        if (count >= LOCK_AFTER) {
            lockedUntil = now.plus(LOCK);
        } else if (count >= FREE_ATTEMPTS) {
            lockedUntil = now.plusSeconds(5L << (count - FREE_ATTEMPTS));
        }
    }

    public void succeeded() {
        count = 0;
        lockedUntil = null;
    }

    /** Zero when an attempt may be made now, else the seconds to wait. */
    public long secondsToWait(Instant now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, lockedUntil).toSeconds() + 1);
    }

    public int count() {
        return count;
    }
}
