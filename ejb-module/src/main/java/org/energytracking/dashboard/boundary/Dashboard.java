package org.energytracking.dashboard.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.dashboard.entity.DashboardPeriod.Choice;
import org.energytracking.dashboard.entity.DashboardPeriod;
import org.energytracking.dashboard.entity.DashboardSites;
import org.energytracking.dashboard.entity.DashboardSummary;
import org.energytracking.devices.boundary.DeviceStatuses;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.SiteChoice;

/** The dashboard's reads, each in one transaction: which sites it offers, and what it shows of one. */
@Stateless
public class Dashboard {

    @Inject
    Sites sites;
    @Inject
    Energy energy;
    @Inject
    Analytics analytics;
    @Inject
    DeviceStatuses statuses;
    @Inject
    CurrentCaller current;

    Clock clock = Clock.systemUTC();

    /** The caller's sites; the dashboard opens on the caller's own site, else on the first. */
    public DashboardSites sites() {
        List<SiteChoice> choices = sites.list().stream().map(SiteChoice::of).toList();
        return new DashboardSites(choices, SiteChoice.preferred(choices, current.get().userId()).map(SiteChoice::id).orElse(null));
    }

    /** The site over the requested period, whose days are the site's local days. */
    public DashboardSummary summary(long siteId, DashboardPeriod.Request request) {
        Metered site = energy.site(siteId);
        ZoneId zone = site.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DashboardPeriod period = request.on(today);
        ConsumptionAnalysis analysis = analytics.of(site, period.from(zone), period.to(zone));
        PeriodTotals todayTotals = request.choice() == Choice.TODAY ? analysis.comparison().current()
                : analytics.of(site, today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant())
                        .comparison().current();
        DashboardPeriod previous = period.previous();
        List<EnergyPoint> buckets = energy.energy(site, period.from(zone), period.to(zone), period.resolution());
        return new DashboardSummary(zone, period, analysis, todayTotals, buckets,
                energy.energy(site, previous.from(zone), previous.to(zone), period.resolution()),
                statuses.ofSite(siteId), energy.siteExport(siteId, period.from(zone), period.to(zone)),
                ExportPoint.alignedTo(buckets, energy.siteExports(siteId, period.from(zone), period.to(zone), period.resolution())));
    }
}
