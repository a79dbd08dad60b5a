package org.energytracking.portal.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.analytics.entity.PeriodComparison;
import org.energytracking.analytics.entity.PeriodTotals;
import org.energytracking.devices.boundary.DeviceStatuses;
import org.energytracking.devices.entity.DeviceStatus;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.Metered;
import org.energytracking.portal.Faces;
import org.energytracking.portal.dashboard.DashboardPeriod.Choice;
import org.energytracking.portal.export.CsvDownload;
import org.energytracking.portal.session.PortalUser;
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
    Sites sites;
    @Inject
    Energy energy;
    @Inject
    Analytics analytics;
    @Inject
    DeviceStatuses statuses;

    private List<Site> siteList = List.of();
    private Long siteId;
    private Choice choice = Choice.TODAY;
    private LocalDate customFirst;
    private LocalDate customLast;
    private transient Shown shown;

    /** What the page shows of the chosen site and period. */
    public record Shown(ZoneId zone, DashboardPeriod period, PeriodComparison comparison, ConsumptionAnalysis analysis,
                 PeriodTotals today, ConsumptionChart chart, List<DeviceStatus> devices) {
    }

    @PostConstruct
    void init() {
        siteList = sites.list(user.caller());
        siteId = siteList.stream().filter(site -> Long.valueOf(user.getId()).equals(site.personalOf())).findFirst()
                .or(() -> siteList.stream().findFirst()).map(Site::id).orElse(null);
        load();
    }

    public void load() {
        if (siteId == null) {
            shown = null;
            return;
        }
        try {
            Metered site = energy.site(user.caller(), siteId);
            ZoneId zone = site.zone();
            LocalDate today = LocalDate.now(zone);
            if (choice == Choice.CUSTOM && !customPeriodIsValid()) {
                return;
            }
            DashboardPeriod period = DashboardPeriod.of(choice, today, customFirst, customLast);
            ConsumptionAnalysis analysis = analytics.of(site, period.from(zone), period.to(zone));
            PeriodTotals todayTotals = choice == Choice.TODAY ? analysis.comparison().current()
                    : analytics.of(site, today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant())
                            .comparison().current();
            DashboardPeriod previous = period.previous();
            ConsumptionChart chart = ConsumptionChart.of(
                    energy.energy(site, period.from(zone), period.to(zone), period.resolution()),
                    energy.energy(site, previous.from(zone), previous.to(zone), period.resolution()),
                    period.resolution(), zone, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            shown = new Shown(zone, period, analysis.comparison(), analysis, todayTotals, chart,
                    statuses.ofSite(user.caller(), siteId));
        } catch (Problem problem) {
            shown = null;
            Faces.problem(problem);
        }
    }

    private boolean customPeriodIsValid() {
        String refusal = customFirst == null || customLast == null ? "custom.required"
                : customLast.isBefore(customFirst) ? "custom.order"
                : customFirst.plusDays(DashboardPeriod.MAX_DAYS).isBefore(customLast) ? "custom.tooLong" : null;
        if (refusal != null) {
            Faces.problem(Problem.invalid("customLast", Faces.textIn("dashboard", refusal, DashboardPeriod.MAX_DAYS)));
        }
        return refusal == null;
    }

    public void exportChart() {
        CsvDownload.send("consumption.csv", List.of(text("csv.bucket"), text("csv.currentKwh"), text("csv.previousKwh")),
                shown.chart().rows());
    }

    public void exportDevices() {
        Instant now = Instant.now();
        CsvDownload.send("devices.csv", List.of(text("csv.device"), text("csv.name"), text("csv.status"),
                text("csv.lastSeen"), text("csv.powerW")), shown.devices().stream().map(device -> List.<Object>of(
                        device.deviceId(), device.name(), text(device.online(now) ? "status.online" : "status.offline"),
                        device.lastSeenAt() == null ? "" : device.lastSeenAt().toString(),
                        device.latestPowerW() == null ? "" : device.latestPowerW())).toList());
    }

    private static String text(String key) {
        return Faces.textIn("dashboard", key);
    }

    public String getChartJson() {
        return shown.chart().json(text("chart.current"), text("chart.previous"));
    }

    public boolean online(DeviceStatus device) {
        return device.online(Instant.now());
    }

    /** In the site's time zone (Faces formats offset and zoned times only as ISO 8601, not in the viewer's style). */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, shown.zone());
    }

    public LocalDateTime getPeakAt() {
        return local(shown.analysis().peakDemand().at().toInstant());
    }

    public BigDecimal kwh(BigDecimal wh) {
        return wh == null ? null : wh.movePointLeft(3);
    }

    /** A change in % as a fraction, for {@code f:convertNumber type="percent"}. */
    public BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    /** The site's time zone id, for converters and the live script. */
    public String getZone() {
        return shown.zone().getId();
    }

    public Shown getShown() {
        return shown;
    }

    public Choice[] getChoices() {
        return Choice.values();
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

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }

    public LocalDate getCustomFirst() {
        return customFirst;
    }

    public void setCustomFirst(LocalDate customFirst) {
        this.customFirst = customFirst;
    }

    public LocalDate getCustomLast() {
        return customLast;
    }

    public void setCustomLast(LocalDate customLast) {
        this.customLast = customLast;
    }
}
