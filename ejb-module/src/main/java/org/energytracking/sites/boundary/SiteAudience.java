package org.energytracking.sites.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who may see a device's readings: the members of its site and the administrators. For live pushes. */
@Stateless
public class SiteAudience {

    private static final String ADMINS = "SELECT ur.user_id FROM user_role ur JOIN role r ON r.id = ur.role_id WHERE r.name = 'admin'";

    @PersistenceContext
    EntityManager em;

    /** User ids per device row id; every device of the question has an entry (at least the administrators). */
    public Map<Long, List<Long>> watchers(Collection<Long> deviceRowIds) {
        List<Long> admins = ids(em.createNativeQuery(ADMINS).getResultList());
        Map<Long, List<Long>> watchers = new HashMap<>();
        deviceRowIds.forEach(device -> watchers.put(device, new ArrayList<>(admins)));
        if (deviceRowIds.isEmpty()) {
            return watchers;
        }
        String in = deviceRowIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("SELECT d.id, m.user_id FROM device d JOIN site_member m"
                + " ON m.site_id = d.site_id WHERE d.id IN (" + in + ")").getResultList();
        for (Object[] member : members) {
            List<Long> users = watchers.get(((Number) member[0]).longValue());
            long user = ((Number) member[1]).longValue();
            if (!users.contains(user)) {
                users.add(user);
            }
        }
        return watchers;
    }

    private static List<Long> ids(List<?> column) {
        return column.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
