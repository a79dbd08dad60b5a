package org.energytracking.tariffs.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.energytracking.tariffs.entity.Tariff;
import org.energytracking.tariffs.entity.TariffAssignment;
import org.energytracking.tariffs.entity.TariffPlan;

/** Loads the assignments and tariffs that price a device or a site, as a {@link TariffPlan} of plain data. */
@Dependent
public class TariffPlans {

    @PersistenceContext
    EntityManager em;

    /** What prices the device's energy: its own assignments, else its site's (see {@link TariffAssignment#plan}). */
    public TariffPlan forDevice(long deviceRowId, long siteId) {
        return plan(assignments(TariffAssignment.OF_DEVICE, deviceRowId), assignments(TariffAssignment.OF_SITE, siteId));
    }

    /**
     * The own plans of those of the devices that have assignments, in one query: a site with 200
     * devices asks once, not 200 times. Devices without one add no plan.
     */
    public List<TariffPlan> ofDevicesOnly(List<Long> deviceRowIds) {
        if (deviceRowIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TariffAssignment>> byDevice = em.createNamedQuery(TariffAssignment.OF_DEVICES, TariffAssignment.class)
                .setParameter("ids", deviceRowIds).getResultStream()
                .collect(Collectors.groupingBy(TariffAssignment::deviceRowId, LinkedHashMap::new, Collectors.toList()));
        return byDevice.values().stream().map(own -> plan(own, List.of())).toList();
    }

    /** Only the site's own assignments. */
    public TariffPlan ofSiteOnly(long siteId) {
        return plan(assignments(TariffAssignment.OF_SITE, siteId), List.of());
    }

    private TariffPlan plan(List<TariffAssignment> own, List<TariffAssignment> site) {
        Set<Long> ids = Stream.concat(own.stream(), site.stream()).flatMap(a -> a.tariffId().stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return TariffPlan.none();
        }
        Map<Long, Tariff> tariffs = em.createNamedQuery(Tariff.WITH_IDS, Tariff.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Tariff::id, Function.identity()));
        return TariffAssignment.plan(own, site, tariffs);
    }

    private List<TariffAssignment> assignments(String query, long id) {
        return em.createNamedQuery(query, TariffAssignment.class).setParameter("id", id).getResultList();
    }
}
