package org.energytracking.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.entity.Secret;
import org.energytracking.identity.entity.User;
import org.energytracking.identity.entity.UserToken;
import org.energytracking.kernel.Problem;

/** The single-use links emailed for resets, verifications and invitations: issue one, check one, use one. */
@Dependent
public class OneTimeLinks {

    @PersistenceContext
    EntityManager em;
    @Inject
    @ConfigProperty(name = "public.url")
    String publicUrl;

    /** A new link's secret; earlier open links of the same purpose stop working. */
    public Secret issue(User user, String purpose, Instant now, Duration lifetime) {
        em.createNamedQuery(UserToken.OPEN_OF_USER, UserToken.class).setParameter("userId", user.id())
                .setParameter("purpose", purpose).getResultList().forEach(open -> open.cancel(now));
        Secret secret = Secret.generate();
        em.persist(new UserToken(secret, user, purpose, now, lifetime));
        return secret;
    }

    /** The user the link is for, if it still works; does not use it up. */
    public Optional<User> peek(String token, String purpose, Instant now) {
        return stored(token).filter(link -> link.usable(purpose, now)).map(UserToken::user);
    }

    /** Uses the link up, or refuses with a 400 on the field {@code token} saying {@code refusal}. */
    public User redeem(String token, String purpose, Instant now, String refusal) {
        UserToken stored = stored(token).orElse(null);
        if (stored == null || !stored.redeem(purpose, now)) {
            throw Problem.invalid("token", refusal);
        }
        return stored.user();
    }

    /** The portal address of a page with the secret as its {@code token} parameter. */
    public String link(String page, Secret secret) {
        return portal() + page + "?token=" + secret.value();
    }

    /** The portal's address, for emails that point to its front page. */
    public String portal() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    private Optional<UserToken> stored(String token) {
        return token == null || token.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(UserToken.class, Secret.hashOf(token)));
    }
}
