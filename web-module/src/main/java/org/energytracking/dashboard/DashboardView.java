package org.energytracking.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.dashboard.DashboardPeriod.Choice;
import org.energytracking.devices.boundary.DeviceStatuses;
import org.energytracking.identity.PortalUser;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.Metered;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.problems.Problem;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.Site;

/** A site's consumption over a chosen period against the one before, and its devices as they are now. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalUser user;
    @Inject
    DashboardChoice choice;
    @Inject
    Sites sites;
    @Inject
    Energy energy;
    @Inject
    Analytics analytics;
    @Inject
    DeviceStatuses statuses;

    private List<Site> siteList = List.of();
    private Long siteId;
    private transient Kpis kpis;
    private transient ConsumptionChart chart;
    private transient DeviceCards cards;

    @PostConstruct
    void init() {
        siteList = sites.list(user.caller());
        siteId = siteList.stream().filter(site -> Long.valueOf(user.getId()).equals(site.personalOf())).findFirst()
                .or(() -> siteList.stream().findFirst()).map(Site::id).orElse(null);
        load();
    }

    public void load() {
        if (siteId == null) {
            kpis = null;
            return;
        }
        try {
            Metered site = energy.site(user.caller(), siteId);
            ZoneId zone = site.zone();
            LocalDate today = LocalDate.now(zone);
            Optional<DashboardPeriod> chosen = choice.period(today);
            if (chosen.isEmpty()) {
                return;
            }
            DashboardPeriod period = chosen.get();
            ConsumptionAnalysis analysis = analytics.of(site, period.from(zone), period.to(zone));
            PeriodTotals todayTotals = choice.getChoice() == Choice.TODAY ? analysis.comparison().current()
                    : analytics.of(site, today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant())
                            .comparison().current();
            DashboardPeriod previous = period.previous();
            chart = ConsumptionChart.of(
                    energy.energy(site, period.from(zone), period.to(zone), period.resolution()),
                    energy.energy(site, previous.from(zone), previous.to(zone), period.resolution()),
                    period.resolution(), zone, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            cards = new DeviceCards(zone, statuses.ofSite(user.caller(), siteId));
            kpis = new Kpis(zone, period, analysis, todayTotals);
        } catch (Problem problem) {
            kpis = null;
            Faces.problem(problem);
        }
    }

    public void exportChart() {
        CsvDownload.send("consumption.csv", List.of(text("csv.bucket"), text("csv.currentKwh"), text("csv.previousKwh")),
                chart.rows());
    }

    public void exportDevices() {
        CsvDownload.send("devices.csv", DeviceCards.CSV_HEADER.stream().map(DashboardView::text).toList(),
                cards.rows(Instant.now(), DashboardView::text));
    }

    private static String text(String key) {
        return Faces.textIn("dashboard", key);
    }

    public String getChartJson() {
        return chart.json(text("chart.current"), text("chart.previous"));
    }

    /** Null when there is nothing to show (no site, or it could not be read). */
    public Kpis getKpis() {
        return kpis;
    }

    public DeviceCards getCards() {
        return cards;
    }

    public List<Site> getSites() {
        return siteList;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
