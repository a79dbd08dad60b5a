package org.energytracking.metering.entity;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * What an energy or analytics query is about: one device, or a site with its devices. Handed out
 * by the facade only after the caller's access was checked.
 *
 * @param siteId the site whose own tariff adds a standing charge (for a site), else null
 */
public record Metered(String name, ZoneId zone, List<Long> deviceRowIds, Long deviceSiteId, Long siteId,
                      BigDecimal floorAreaM2) {

    public boolean isSite() {
        return siteId != null;
    }
}
