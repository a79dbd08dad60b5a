package org.energytracking.metering.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.devices.entity.Device;
import org.energytracking.metering.entity.Metered;
import org.energytracking.sites.entity.Site;

/**
 * A site with its devices, or one device, as a {@link Metered}, without asking who wants it: the facade checks
 * the caller first, a timer (budget alerts) asks for what a rule it holds names.
 */
@Dependent
public class MeteredScopes {

    @PersistenceContext
    EntityManager em;

    /** The site's total, in its zone. */
    public Metered site(Site site) {
        List<Long> ids = em.createNamedQuery(Device.COUNTED_IN_SITE, Long.class)
                .setParameter("siteId", site.id()).getResultList();
        return new Metered(site.name(), ZoneId.of(site.timezone()), ids, null, site.id(), site.floorAreaM2());
    }

    /** One device, its days counted in {@code zone} (its site's for a budget, its own for its history). */
    public Metered device(Device device, ZoneId zone, Site site) {
        return new Metered(device.details().name(), zone, List.of(device.id()), device.siteId(), null,
                site == null ? null : site.floorAreaM2());
    }
}
