package org.energytracking.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.AuditEvent;

/** Reading the audit trail, newest first, filtered by user, action and time. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public record Filter(Long userId, String action, Instant from, Instant to, int offset, int limit) {
    }

    @Requires("users:read")
    public List<AuditEvent> search(Filter filter) {
        return query("SELECT e FROM AuditEvent e", " ORDER BY e.id DESC", AuditEvent.class, filter)
                .setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
    }

    /** How many events the filter matches (its offset and limit aside), for paging. */
    @Requires("users:read")
    public long count(Filter filter) {
        return query("SELECT COUNT(e) FROM AuditEvent e", "", Long.class, filter).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.userId() != null) {
            conditions.add("e.userId = :userId");
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
        }
        if (filter.from() != null) {
            conditions.add("e.at >= :from");
        }
        if (filter.to() != null) {
            conditions.add("e.at < :to");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (filter.userId() != null) {
            query.setParameter("userId", filter.userId());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }
}
