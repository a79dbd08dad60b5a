package org.energytracking.metering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.Metered;

/** The device or site a {@code {subject: devices|sites}/{id}/…} path names, once the caller may read it. */
@RequestScoped
public class MeteredSubjects {

    public static final String PATH = "{subject: devices|sites}/{id}";

    @Inject
    Energy energy;

    public Metered find(String subject, String id) {
        if ("devices".equals(subject)) {
            return energy.device(id);
        }
        return energy.site(siteId(id));
    }

    /** A site id from the path; anything but a number names no site (404, like a site one may not see). */
    public static long siteId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Problem.notFound("no site " + id);
        }
    }
}
