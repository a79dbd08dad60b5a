package org.energytracking.sites.entity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A site as pickers offer it; serializable (unlike {@link Site}), so a view may keep it between requests. */
public record SiteChoice(long id, String name, String timezone, Long personalOf) implements Serializable {

    public static SiteChoice of(Site site) {
        return new SiteChoice(site.id(), site.name(), site.timezone(), site.personalOf());
    }

    /** The user's own site if they may see it, else the first; empty without sites. */
    public static Optional<SiteChoice> preferred(List<SiteChoice> sites, long userId) {
        return sites.stream().filter(site -> Long.valueOf(userId).equals(site.personalOf())).findFirst()
                .or(() -> sites.stream().findFirst());
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
