package org.energytracking.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.kernel.Problem;

/**
 * Jakarta Security's PBKDF2 (salted, slow on purpose). The hash string carries its algorithm,
 * iterations and salt, so raising the iterations later keeps old hashes verifiable.
 * <p>
 * One check costs some 360 ms of a core, and the sign-in limit is per address: a flood from many
 * addresses could keep every core hashing while readings wait. So only a few checks run at once;
 * the rest wait briefly, then get 429 with Retry-After.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;
    @Inject
    @ConfigProperty(name = "password.pbkdf2-iterations")
    int iterations;

    @Inject
    @ConfigProperty(name = "password.concurrent-checks")
    int concurrentChecks;
    @Inject
    @ConfigProperty(name = "password.check-wait-millis")
    long checkWaitMillis;

    /** Verifying against this costs as much as a real check: unknown emails take as long as known ones. */
    private String decoy;
    private Semaphore running;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
        running = new Semaphore(concurrentChecks > 0 ? concurrentChecks : Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    public String hash(String password) {
        return bounded(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        return bounded(() -> pbkdf2.verify(password.toCharArray(), hash));
    }

    /** Spends the time of a verification without an account to verify against. */
    public void spendVerificationTime(String password) {
        bounded(() -> pbkdf2.verify(password.toCharArray(), decoy));
    }

    private <T> T bounded(Supplier<T> check) {
        boolean admitted;
        try {
            admitted = running.tryAcquire(checkWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw Problem.tooManyAttempts("password", "too many password checks at once; try again shortly", 1);
        }
        try {
            return check.get();
        } finally {
            running.release();
        }
    }
}
