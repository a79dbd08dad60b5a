package org.energytracking.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.cluster.control.StartupLocks;
import org.energytracking.identity.control.NewAccounts;
import org.energytracking.identity.entity.Role;
import org.energytracking.identity.entity.User;

/** The first administrator, from ADMIN_EMAIL and ADMIN_PASSWORD, when there is no administrator yet. */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    NewAccounts accounts;
    @Inject
    StartupLocks startupLocks;
    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> email;
    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> password;

    @PostConstruct
    void createFirstAdministrator() {
        startupLocks.hold("first-administrator");
        long admins = em.createNamedQuery(User.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists and ADMIN_EMAIL/ADMIN_PASSWORD are not set; set them and restart to create one");
            return;
        }
        var details = new NewAccounts.Details(email.get(), password.get(), "Platform", "Administrator");
        User admin = accounts.byEmail(email.get()).orElse(null);
        if (admin == null) {
            admin = accounts.create(details, List.of(Role.ADMIN), true, Clock.systemUTC().instant());
        } else {
            admin.assignRoles(accounts.roles(List.of(Role.ADMIN)), Clock.systemUTC().instant());
        }
        String created = admin.email();
        LOG.info(() -> "Created the first administrator, " + created);
    }
}
