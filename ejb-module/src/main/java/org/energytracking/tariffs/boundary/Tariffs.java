package org.energytracking.tariffs.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.energytracking.identity.control.AuditTrail;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.tariffs.entity.Tariff;
import org.energytracking.tariffs.entity.TariffAssignment;
import org.energytracking.tariffs.entity.TariffChanged;
import org.energytracking.tariffs.entity.TariffVersion;

/**
 * Tariffs as far as the caller may see them: their own (they created them) and, for administrators,
 * all. Creating, changing and deleting needs {@code sites:write}; a tariff still assigned anywhere
 * (also in the past) cannot be deleted, since the history it priced would change.
 */
@Stateless
public class Tariffs {

    private static final Logger LOG = Logger.getLogger(Tariffs.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;
    @Inject
    AuditTrail audit;
    @Inject
    Event<TariffChanged> changed;

    private final Clock clock = Clock.systemUTC();

    public List<Tariff> list() {
        Caller caller = current.get();
        if (caller.isAdmin()) {
            return em.createNamedQuery(Tariff.ALL, Tariff.class).getResultList();
        }
        return em.createNamedQuery(Tariff.OF_OWNER, Tariff.class).setParameter("ownerId", caller.userId()).getResultList();
    }

    /** The tariff, or 404 when there is none the caller may see. */
    public Tariff find(long tariffId) {
        Tariff tariff = em.find(Tariff.class, tariffId);
        if (tariff == null || !tariff.isVisibleTo(current.get())) {
            throw Problem.notFound("no tariff " + tariffId);
        }
        return tariff;
    }

    @Requires("sites:write")
    public Tariff create(String name, String currency, List<TariffVersion> versions, ClientInfo client) {
        Tariff tariff = new Tariff(name, currency, versions, current.get().userId(), clock.instant());
        em.persist(tariff);
        em.flush();
        audit.record(AuditAction.TARIFF_CREATED, "tariff:" + tariff.id(), client, tariff.name());
        return tariff;
    }

    /**
     * Replaces the tariff's name, currency and versions. When that changes what energy costs where it
     * is assigned, metering hears of it ({@link TariffChanged}) from the earliest date that differs.
     * Not {@code @Requires}: someone else's tariff is a 404 before the role's 403, as a device is.
     */
    public Tariff update(long tariffId, String name, String currency, List<TariffVersion> versions,
                         ClientInfo client) {
        Tariff tariff = find(tariffId);
        current.get().require(Permission.SITES_WRITE);
        tariff.change(name, currency, versions, clock.instant()).ifPresent(from -> {
            List<TariffAssignment> where = assignmentsOf(tariffId);
            if (!where.isEmpty()) {
                changed.fire(TariffAssignment.changed(from, where));
                LOG.info(() -> "Tariff " + tariffId + " changed from " + from + " at " + where.size() + " assignments");
            }
        });
        em.flush();
        audit.record(AuditAction.TARIFF_UPDATED, "tariff:" + tariffId, client, tariff.name());
        return tariff;
    }

    public void delete(long tariffId, ClientInfo client) {
        Tariff tariff = find(tariffId);
        current.get().require(Permission.SITES_WRITE);
        int assignments = assignmentsOf(tariffId).size();
        if (assignments > 0) {
            throw Problem.conflict("tariff_id", "tariff " + tariffId + " is named by " + assignments + " assignments "
                    + "(past ones too: they priced history); point those at another tariff or none first");
        }
        em.remove(tariff);
        audit.record(AuditAction.TARIFF_DELETED, "tariff:" + tariffId, client, tariff.name());
    }

    private List<TariffAssignment> assignmentsOf(long tariffId) {
        return em.createNamedQuery(TariffAssignment.OF_TARIFF, TariffAssignment.class).setParameter("id", tariffId).getResultList();
    }
}
