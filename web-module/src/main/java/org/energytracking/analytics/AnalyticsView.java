package org.energytracking.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.AnalyticsReport;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.SiteChoice;

/** The analytics page: a site or one of its devices over a chosen period, against the period before. */
@Named
@ViewScoped
public class AnalyticsView implements Serializable {

    private static final int MAX_DEVICES = 1000;

    /** Request-scoped, so each request acts as the user's current roles allow. */
    @Inject
    PortalUser user;
    @Inject
    Sites sites;
    @Inject
    Devices devices;
    @Inject
    Analytics analytics;

    private List<SiteChoice> siteList = List.of();
    private List<DeviceChoice> deviceList = List.of();
    private Long siteId;
    private String deviceId = "";
    private PeriodPreset preset = PeriodPreset.LAST_30_DAYS;
    private LocalDate customFrom;
    private LocalDate customLast;
    /** Read again when needed after this view was serialized (it holds entities). */
    private transient AnalyticsResult result;
    private transient boolean shown;

    public record DeviceChoice(String id, String name) implements Serializable {
    }

    @PostConstruct
    void open() {
        siteList = sites.list().stream().map(SiteChoice::of).toList();
        if (!siteList.isEmpty()) {
            siteId = siteList.get(0).id();
            LocalDate today = LocalDate.now(zone());
            customFrom = today.minusDays(6);
            customLast = today;
            siteChanged();
        }
    }

    public void siteChanged() {
        deviceId = "";
        deviceList = devices.list(0, MAX_DEVICES).stream().filter(d -> siteId.equals(d.siteId()))
                .map(d -> new DeviceChoice(d.deviceId(), d.details().name())).toList();
        show();
    }

    public void show() {
        shown = true;
        try {
            PeriodPreset.Days days = preset.days(LocalDate.now(zone()), customFrom, customLast);
            AnalyticsReport report = analytics.report(siteId, deviceId, days.from(), days.toExclusive(), zone());
            result = new AnalyticsResult(report.name(), zone(), days, report.resolution(), report.analysis(), report.trend(),
                    report.before(), report.ranking(), report.exports(), report.exported());
        } catch (Problem e) {
            result = null;
            Faces.problem(e);
        }
    }

    public ZoneId zone() {
        return siteList.stream().filter(s -> Long.valueOf(s.id()).equals(siteId)).findFirst()
                .map(SiteChoice::zone).orElse(ZoneId.of("UTC"));
    }

    public String getTimeZone() {
        return zone().getId();
    }

    public void exportTrend() {
        AnalyticsCsv.trend(getResult());
    }

    public void exportShares() {
        AnalyticsCsv.shares(getResult());
    }

    public void exportProfile() {
        AnalyticsCsv.profile(getResult());
    }

    public void exportHeatMap() {
        AnalyticsCsv.heatMap(getResult());
    }

    public void exportRanking() {
        AnalyticsCsv.ranking(getResult());
    }

    public PeriodPreset[] getPresets() {
        return PeriodPreset.values();
    }

    public boolean isCustom() {
        return preset == PeriodPreset.CUSTOM;
    }

    public AnalyticsResult getResult() {
        if (!shown && siteId != null) {
            show();
        }
        return result;
    }

    public List<SiteChoice> getSites() {
        return siteList;
    }

    public List<DeviceChoice> getDevices() {
        return deviceList;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public PeriodPreset getPreset() {
        return preset;
    }

    public void setPreset(PeriodPreset preset) {
        this.preset = preset;
    }

    public LocalDate getCustomFrom() {
        return customFrom;
    }

    public void setCustomFrom(LocalDate customFrom) {
        this.customFrom = customFrom;
    }

    public LocalDate getCustomLast() {
        return customLast;
    }

    public void setCustomLast(LocalDate customLast) {
        this.customLast = customLast;
    }
}
