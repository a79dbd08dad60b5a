package org.energytracking.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.ConsumptionAnalysis;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.identity.PortalUser;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.DeviceTotal;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.portal.Faces;
import org.energytracking.problems.Problem;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.Site;

/** The analytics page: a site or one of its devices over a chosen period, against the period before. */
@Named
@ViewScoped
public class AnalyticsView implements Serializable {

    private static final int MAX_DEVICES = 1000;

    /** Request-scoped, so each request acts as the user's current roles allow. */
    @Inject
    PortalUser user;
    @Inject
    transient Sites sites;
    @Inject
    transient Devices devices;
    @Inject
    transient Energy energy;
    @Inject
    transient Analytics analytics;

    private List<Site> siteList = List.of();
    private List<DeviceChoice> deviceList = List.of();
    private Long siteId;
    private String deviceId = "";
    private PeriodPreset preset = PeriodPreset.LAST_30_DAYS;
    private LocalDate customFrom;
    private LocalDate customLast;
    private AnalyticsResult result;

    public record DeviceChoice(String id, String name) implements Serializable {
    }

    @PostConstruct
    void open() {
        siteList = sites.list(user.caller());
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
        deviceList = devices.list(user.caller(), 0, MAX_DEVICES).stream().filter(d -> siteId.equals(d.siteId()))
                .map(d -> new DeviceChoice(d.deviceId(), d.details().name())).toList();
        show();
    }

    public void show() {
        try {
            Metered metered = deviceId == null || deviceId.isEmpty() ? energy.site(user.caller(), siteId) : energy.device(user.caller(), deviceId);
            PeriodPreset.Days days = preset.days(LocalDate.now(zone()), customFrom, customLast);
            Instant from = days.from().atStartOfDay(zone()).toInstant();
            Instant to = days.toExclusive().atStartOfDay(zone()).toInstant();
            Instant previousFrom = from.minus(Duration.between(from, to));
            Resolution resolution = days.isOneDay() ? Resolution.HOUR : Resolution.DAY;
            ConsumptionAnalysis analysis = analytics.of(metered, from, to);
            List<EnergyPoint> trend = energy.energy(metered, from, to, resolution);
            List<EnergyPoint> before = energy.energy(metered, previousFrom, from, resolution);
            List<DeviceTotal> ranking = energy.byDevice(metered, days.from(), days.toExclusive());
            result = new AnalyticsResult(metered.name(), zone(), days, resolution, analysis, trend, before, ranking);
        } catch (Problem e) {
            result = null;
            Faces.problem(e);
        }
    }

    public ZoneId zone() {
        return siteList.stream().filter(s -> s.id().equals(siteId)).findFirst()
                .map(s -> ZoneId.of(s.timezone())).orElse(ZoneId.of("UTC"));
    }

    public String getTimeZone() {
        return zone().getId();
    }

    public void exportTrend() {
        AnalyticsCsv.trend(result);
    }

    public void exportShares() {
        AnalyticsCsv.shares(result);
    }

    public void exportProfile() {
        AnalyticsCsv.profile(result);
    }

    public void exportHeatMap() {
        AnalyticsCsv.heatMap(result);
    }

    public void exportRanking() {
        AnalyticsCsv.ranking(result);
    }

    public PeriodPreset[] getPresets() {
        return PeriodPreset.values();
    }

    public boolean isCustom() {
        return preset == PeriodPreset.CUSTOM;
    }

    public AnalyticsResult getResult() {
        return result;
    }

    public List<Site> getSites() {
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
