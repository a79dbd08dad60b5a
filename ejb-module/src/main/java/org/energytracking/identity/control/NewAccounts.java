package org.energytracking.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.energytracking.identity.entity.AccountOpened;
import org.energytracking.identity.entity.PasswordPolicy;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;

/** Creates accounts the same way for self-registration, the first administrator and admins creating or inviting. */
@Dependent
public class NewAccounts {

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    Event<AccountOpened> opened;

    public record Details(String email, String password, String firstName, String lastName) {
    }

    /** A user with the roles (and a personal site they manage, see {@link AccountOpened}); the caller checks the email is free. */
    public User create(Details details, Collection<String> roleNames, boolean emailVerified, Instant now) {
        PasswordPolicy.check(details.password(), details.email());
        User user = new User(details.email(), hasher.hash(details.password()), details.firstName(), details.lastName(), now);
        if (emailVerified) {
            user.verifyEmail(now);
        }
        return opened(user, roleNames, now);
    }

    /** An invited user, without a password until they accept; the caller checks the email is free. */
    public User invite(String email, String firstName, String lastName, Collection<String> roleNames, Instant now) {
        return opened(User.invited(email, firstName, lastName, now), roleNames, now);
    }

    /** Stored with its roles; the observers of {@link AccountOpened} add what every account has (a personal site). */
    private User opened(User user, Collection<String> roleNames, Instant now) {
        user.assignRoles(roles(roleNames), now);
        em.persist(user);
        em.flush();
        opened.fire(new AccountOpened(user.id(), user.firstName(), now));
        return user;
    }

    public Optional<User> byEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", User.normalise(email))
                .getResultStream().findFirst();
    }

    public List<Role> roles(Collection<String> names) {
        return names.stream().distinct().map(this::role).toList();
    }

    public Role role(String name) {
        return roleNamed(name, "roles");
    }

    /** The role, or a 400 naming the request field that named it. */
    public Role roleNamed(String name, String field) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultStream().findFirst()
                .orElseThrow(() -> Problem.invalid(field, "no role " + name));
    }
}
