package org.energytracking.dashboard.entity;

import java.util.List;
import org.energytracking.sites.entity.SiteChoice;

/** The sites a user may pick on the dashboard and the one it shows first (null without sites). */
public record DashboardSites(List<SiteChoice> sites, Long firstShown) {
}
