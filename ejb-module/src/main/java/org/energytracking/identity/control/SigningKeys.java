package org.energytracking.identity.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.cluster.control.Evictions;
import org.energytracking.cluster.control.StartupLocks;
import org.energytracking.cluster.entity.Evicted;
import org.energytracking.identity.entity.SigningKey;

/**
 * The token signing keys: generated on first start and kept in the database, published as a JWKS
 * file that MicroProfile JWT reads ({@code mp.jwt.verify.publickey.location}). A rotated-in key
 * signs only after {@code auth.key-publish-delay}, longer than Payara caches the JWKS, so no
 * verifier meets a kid it has not loaded yet; the previous key keeps verifying until retired. A
 * rotation on another instance of a deployment group reaches this one within a second (cache_eviction),
 * long before its key signs.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Evictions evictions;
    @Inject
    StartupLocks startupLocks;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> jwksLocation;
    @Inject
    @ConfigProperty(name = "auth.key-publish-delay")
    Duration publishDelay;

    private final Clock clock = Clock.systemUTC();
    private volatile List<SigningKey> keys = List.of();

    /** Its name in cache_eviction. */
    private static final String CACHE = "signing-keys";

    @PostConstruct
    void load() {
        startupLocks.hold("first-signing-key");
        keys = em.createNamedQuery(SigningKey.UNRETIRED, SigningKey.class).getResultList();
        if (keys.isEmpty()) {
            SigningKey first = SigningKey.generate(clock.instant().minus(publishDelay));
            em.persist(first);
            keys = List.of(first);
            LOG.info("Generated the first token signing key");
        }
        publish();
    }

    /** The newest key that has been published long enough; the oldest while none has. */
    @Lock(LockType.READ)
    public SigningKey signingKey() {
        Instant publishedBefore = clock.instant().minus(publishDelay);
        return keys.stream().filter(key -> !key.createdAt().isAfter(publishedBefore))
                .max(Comparator.comparing(SigningKey::createdAt))
                .orElseGet(() -> keys.stream().min(Comparator.comparing(SigningKey::createdAt)).orElseThrow());
    }

    /** Adds a new key (it signs after the publish delay) and retires all but the two newest. */
    @Lock(LockType.WRITE)
    public String rotate() {
        SigningKey fresh = SigningKey.generate(clock.instant());
        em.persist(fresh);
        List<SigningKey> newestFirst = em.createNamedQuery(SigningKey.UNRETIRED, SigningKey.class).getResultList();
        newestFirst.stream().skip(2).forEach(old -> old.retire(clock.instant()));
        keys = newestFirst.stream().limit(2).toList();
        publish();
        evictions.record(CACHE, Evicted.ALL);
        LOG.info(() -> "Rotated token signing keys; new key " + fresh.kid() + " signs from " + fresh.createdAt().plus(publishDelay));
        return fresh.kid();
    }

    /** Another instance rotated the keys: this one reads and publishes them too. */
    @Lock(LockType.WRITE)
    public void onEvicted(@Observes Evicted evicted) {
        if (evicted.of(CACHE)) {
            keys = em.createNamedQuery(SigningKey.UNRETIRED, SigningKey.class).getResultList().stream().limit(2).toList();
            publish();
        }
    }

    /** The public key of an unretired key, for verifying a token outside MicroProfile JWT (the portal's cookies). */
    @Lock(LockType.READ)
    public Optional<RSAPublicKey> publicKey(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst().map(SigningKey::publicKey);
    }

    /** The public keys as a JSON Web Key Set. */
    @Lock(LockType.READ)
    public String jwks() {
        List<JWK> published = keys.stream().<JWK>map(key -> new RSAKey.Builder(key.publicKey()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).keyID(key.kid()).build()).toList();
        return new JWKSet(published).toString();
    }

    private void publish() {
        String location = jwksLocation.orElse("");
        if (!location.startsWith("file:")) {
            LOG.warning(() -> "mp.jwt.verify.publickey.location is not a file: URL (" + location
                    + "); publish GET /api/v1/auth/jwks to the verifier yourself");
            return;
        }
        try {
            Path file = Path.of(URI.create(location));
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, jwks());
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the token verification keys to " + location, e);
        }
    }
}
