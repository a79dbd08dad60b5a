package org.energytracking.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energytracking.dashboard.boundary.Dashboard;
import org.energytracking.dashboard.entity.DashboardPeriod;
import org.energytracking.dashboard.entity.DashboardSites;
import org.energytracking.dashboard.entity.DashboardSummary;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.sites.entity.SiteChoice;

/**
 * A site's consumption over a chosen period against the one before, and its devices as they are now.
 * Keeps only the sites offered, the site shown and (in {@link DashboardChoice}) the period; what it shows
 * is read again when the view comes back from another instance or from passivation.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 2L;

    @Inject
    PortalUser user;
    @Inject
    DashboardChoice choice;
    @Inject
    Dashboard dashboard;

    private List<SiteChoice> siteList = List.of();
    private Long siteId;
    private transient Shown shown;

    /** What the page shows; null kpis when there is nothing to show (no site, or it could not be read). */
    private record Shown(Kpis kpis, ConsumptionChart chart, DeviceCards cards) {
    }

    @PostConstruct
    void init() {
        DashboardSites offered = dashboard.sites();
        siteList = offered.sites();
        siteId = offered.firstShown();
        load();
    }

    public void load() {
        if (siteId == null) {
            shown = new Shown(null, null, null);
            return;
        }
        Optional<DashboardPeriod.Request> request = choice.request();
        if (request.isEmpty()) {
            return;
        }
        try {
            DashboardSummary summary = dashboard.summary(siteId, request.get());
            shown = new Shown(new Kpis(summary.zone(), summary.period(), summary.analysis(), summary.today(), summary.export()),
                    ConsumptionChart.of(summary.energy(), summary.previousEnergy(), summary.exports(), summary.period().resolution(),
                            summary.zone(), FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                    new DeviceCards(summary.zone(), summary.devices()));
        } catch (Problem problem) {
            shown = new Shown(null, shown == null ? null : shown.chart(), shown == null ? null : shown.cards());
            Faces.problem(problem);
        }
    }

    /** The shown state, read again if this view was serialized since (its records hold entities). */
    private Shown shown() {
        if (shown == null) {
            load();
        }
        if (shown == null) {
            shown = new Shown(null, null, null);
        }
        return shown;
    }

    public void exportChart() {
        List<String> header = new ArrayList<>(List.of(text("csv.bucket"), text("csv.currentKwh"), text("csv.previousKwh")));
        if (shown().chart().exporting()) {
            header.add(text("csv.exportedKwh"));
        }
        CsvDownload.send("consumption.csv", header, shown().chart().rows());
    }

    public void exportDevices() {
        CsvDownload.send("devices.csv", DeviceCards.CSV_HEADER.stream().map(DashboardView::text).toList(),
                shown().cards().rows(Instant.now(), DashboardView::text));
    }

    private static String text(String key) {
        return Faces.textIn("dashboard", key);
    }

    public String getChartJson() {
        return shown().chart().json(text("chart.current"), text("chart.previous"), text("chart.exported"));
    }

    /** Null when there is nothing to show (no site, or it could not be read). */
    public Kpis getKpis() {
        return shown().kpis();
    }

    public DeviceCards getCards() {
        return shown().cards();
    }

    public List<SiteChoice> getSites() {
        return siteList;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
