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
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.energytracking.analytics.boundary.Analytics;
import org.energytracking.analytics.entity.AnalyticsReport;
import org.energytracking.anomalies.boundary.Baselines;
import org.energytracking.anomalies.entity.HourBand;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.BandChart;
import org.energytracking.portal.Charts;
import org.energytracking.portal.Faces;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.SiteChoice;
import org.primefaces.event.ItemSelectEvent;

/** The analytics page: a site or one of its devices over a chosen period, against the period before. */
@Named
@ViewScoped
public class AnalyticsView implements Serializable {

    private static final int MAX_DEVICES = 1000;
    private static final Duration BAND_DAYS = Duration.ofDays(31);

    /** Request-scoped, so each request acts as the user's current roles allow. */
    @Inject
    PortalUser user;
    @Inject
    Sites sites;
    @Inject
    Devices devices;
    @Inject
    Analytics analytics;
    @Inject
    Baselines baselines;

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
    private BandChart band;
    private String bandJson;

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
            PeriodPreset.Days days = days();
            AnalyticsReport report = analytics.report(siteId, deviceId, days.from(), days.toExclusive(), zone());
            result = new AnalyticsResult(report.name(), zone(), days, report.resolution(), report.analysis(), report.trend(),
                    report.before(), report.ranking(), report.exports(), report.exported());
            showBand(days);
        } catch (Problem e) {
            result = null;
            band = null;
            bandJson = null;
            Faces.problem(e);
        }
    }

    /** The period's hours (its last 31 days at most) in front of their usual range, the unusual ones marked. */
    private void showBand(PeriodPreset.Days days) {
        Instant to = days.toExclusive().atStartOfDay(zone()).toInstant();
        Instant from = Collections.max(List.of(days.from().atStartOfDay(zone()).toInstant(), to.minus(BAND_DAYS)));
        HourBand hourly = baselines.band(siteId, deviceId, from, to);
        band = hourly.hasRange() ? new BandChart(hourly.hours().stream().map(HourBand.Hour::start).toList(), hourly) : null;
        DateTimeFormatter labels = DateTimeFormatter.ofPattern("EEE d HH:mm", Locale.ENGLISH).withZone(zone());
        bandJson = band == null ? null : band.json(hourly.hours().stream().map(hour -> labels.format(Instant.ofEpochMilli(hour.start()))).toList(),
                new Charts.Series(Faces.textIn("analytics", "band.actual"), hourly.hours().stream()
                        .map(hour -> hour.actualWh() == null ? null : hour.actualWh() / 1000).toList(), 0), Faces.textIn("analytics", "band.unusual"));
    }

    /** A click on the band's chart: on an unusual hour's mark, its alert opens. */
    public void markSelected(ItemSelectEvent event) {
        Long alert = band == null ? null : band.alertAt(event.getItemIndex());
        if (alert != null) {
            Faces.redirect("/app/alerts.xhtml?alert=" + alert);
        }
    }

    public String getBandJson() {
        if (!shown && siteId != null) {
            show();
        }
        return bandJson;
    }

    /** The local days the page shows (or would, for a custom period). */
    public PeriodPreset.Days days() {
        return preset.days(LocalDate.now(zone()), customFrom, customLast);
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
