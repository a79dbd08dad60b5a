package org.energytracking.cluster.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.cluster.entity.Holder;
import org.energytracking.cluster.entity.LeaseTerm;

/**
 * The schedule_lease rows: which instance of a deployment group runs a scheduled job's rounds. Each call commits at
 * once (its own transaction), so the lease is visible to the other instances before the round starts. Times are
 * the database's. At start, the leases this instance's previous life left are dropped (a restart waits for none of
 * them); at an orderly stop, its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleLeases {

    private static final Logger LOG = Logger.getLogger(ScheduleLeases.class.getName());
    private static final String RENEW = "UPDATE schedule_lease SET taken_at = IF(holder = ?, taken_at, UTC_TIMESTAMP(3)), holder = ?,"
            + " expires_at = UTC_TIMESTAMP(3) + INTERVAL ? SECOND WHERE job = ? AND (holder = ? OR expires_at <= UTC_TIMESTAMP(3))";
    private static final String TAKE_NEW = "INSERT IGNORE INTO schedule_lease (job, holder, taken_at, expires_at)"
            + " VALUES (?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL ? SECOND)";

    @PersistenceContext
    EntityManager em;

    private final Holder holder = Holder.of(hostName(), instanceName(), ProcessHandle.current().pid());

    @PostConstruct
    void dropEarlierLives() {
        int dropped = em.createNativeQuery("DELETE FROM schedule_lease WHERE LEFT(holder, ?) = ? AND holder <> ?")
                .setParameter(1, holder.placePrefix().length()).setParameter(2, holder.placePrefix())
                .setParameter(3, holder.id()).executeUpdate();
        LOG.log(Level.INFO, "Scheduled jobs run here while this instance holds their lease, as {0} ({1} left by its previous start dropped)",
                new Object[] {holder.id(), dropped});
    }

    @PreDestroy
    void release() {
        try {
            em.createNativeQuery("DELETE FROM schedule_lease WHERE holder = ?").setParameter(1, holder.id()).executeUpdate();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Leases of {0} not released; they run out: {1}", new Object[] {holder.id(), e.toString()});
        }
    }

    /**
     * Takes the job's lease for {@code term} if it is free, run out, or already this instance's (then renews it):
     * true if this instance holds it now. Either statement is atomic, so of two instances asking at once one wins.
     */
    public boolean take(String job, Duration term) {
        long seconds = LeaseTerm.seconds(term);
        String me = holder.id();
        int renewed = em.createNativeQuery(RENEW).setParameter(1, me).setParameter(2, me).setParameter(3, seconds)
                .setParameter(4, job).setParameter(5, me).executeUpdate();
        return renewed == 1
                || em.createNativeQuery(TAKE_NEW).setParameter(1, job).setParameter(2, me).setParameter(3, seconds).executeUpdate() == 1;
    }

    public String holderId() {
        return holder.id();
    }

    /** Its name and where it lives: local instances may all be called "server", each in a domain of its own. */
    private static String instanceName() {
        String root = System.getProperty("com.sun.aas.instanceRoot", "");
        return System.getProperty("com.sun.aas.instanceName", "server") + "@" + Integer.toHexString(root.hashCode());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
