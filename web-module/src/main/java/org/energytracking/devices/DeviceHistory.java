package org.energytracking.devices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.energytracking.anomalies.boundary.Baselines;
import org.energytracking.anomalies.entity.BaselineView;
import org.energytracking.anomalies.entity.HourBand;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.EnergyPoint;
import org.energytracking.metering.entity.ExportPoint;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.portal.BandChart;
import org.energytracking.portal.Charts;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.primefaces.event.ItemSelectEvent;

/**
 * A device's energy and cost at 15 min, hour, day or month over a range of its local days; by the hour in front of
 * its anomaly baseline's usual range, the unusual hours marked.
 */
@Named
@ViewScoped
public class DeviceHistory implements Serializable {

    @Inject
    Energy energy;
    @Inject
    DeviceView view;
    @Inject
    PortalUser user;
    @Inject
    Baselines baselines;

    private String resolution = Resolution.HOUR.apiName();
    private LocalDate from;
    private LocalDate to;
    private List<HistoryRow> rows = List.of();
    private String currency;
    private String chartJson;
    private BaselineView baseline;
    private BandChart band;
    private boolean exporting;

    @PostConstruct
    void init() {
        to = LocalDate.now();
        from = to.minusDays(2);
    }

    public void show() {
        try {
            Metered metered = energy.device(view.getId());
            ZoneId zone = metered.zone();
            LocalDate last = to == null ? LocalDate.now(zone) : to;
            LocalDate first = from == null ? last : from;
            Resolution chosen = Resolution.parse(resolution);
            Instant start = first.atStartOfDay(zone).toInstant();
            Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
            List<EnergyPoint> points = energy.energy(metered, start, end, chosen);
            List<ExportPoint> exports = ExportPoint.alignedTo(points, energy.exports(view.getId(), start, end, chosen));
            exporting = exports.stream().anyMatch(Objects::nonNull);
            rows = IntStream.range(0, points.size()).mapToObj(i -> HistoryRow.of(points.get(i), exports.get(i), zone)).toList();
            currency = points.stream().map(EnergyPoint::currency).filter(Objects::nonNull).findFirst().orElse(null);
            DateTimeFormatter labels = labels(chosen);
            List<String> names = rows.stream().map(row -> labels.format(row.start())).toList();
            Charts.Series actual = new Charts.Series(DeviceTexts.text("device.history.series"), rows.stream().map(HistoryRow::energyKwh).toList(), 0);
            baseline = baselines.of(metered);
            HourBand hourly = chosen == Resolution.HOUR ? baselines.band(metered, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant()) : null;
            band = hourly != null && hourly.hasRange() ? new BandChart(rows.stream().map(row -> row.start().toInstant().toEpochMilli()).toList(), hourly) : null;
            chartJson = band != null ? band.json(names, actual, DeviceTexts.text("device.history.unusual"))
                    : Charts.bars(names, "kWh", exporting ? List.of(actual, new Charts.Series(DeviceTexts.text("device.history.exported"),
                            Charts.belowAxis(exports), Charts.EXPORT_COLOUR)) : List.of(actual));
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    /** A click on the chart: on an unusual hour's mark, its alert opens. */
    public void markSelected(ItemSelectEvent event) {
        Long alert = band == null ? null : band.alertAt(event.getItemIndex());
        if (alert != null) {
            Faces.redirect("/app/alerts.xhtml?alert=" + alert);
        }
    }

    /** The rows shown; with the export columns when the device exported in the range. */
    public void exportCsv() {
        List<List<?>> lines = rows.stream().<List<?>>map(row -> exporting
                ? Arrays.asList(row.start().toOffsetDateTime(), row.energyKwh(), row.cost(), row.powerAvgW(), row.complete(),
                        row.exportKwh(), row.exportCredit(), row.netCost())
                : Arrays.asList(row.start().toOffsetDateTime(), row.energyKwh(), row.cost(), row.powerAvgW(), row.complete())).toList();
        String money = currency == null ? "" : currency.toLowerCase();
        List<String> header = new ArrayList<>(List.of("start", "energy_kwh", "cost_" + money, "power_avg_w", "complete"));
        if (exporting) {
            header.addAll(List.of("export_kwh", "export_credit_" + money, "net_cost_" + money));
        }
        CsvDownload.send(view.getId() + "-" + resolution + ".csv", header, lines);
    }

    private static DateTimeFormatter labels(Resolution resolution) {
        DateTimeFormatter formatter = switch (resolution) {
            case QUARTER_HOUR, HOUR -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
            case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy");
        };
        return formatter.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Resolution> getResolutions() {
        return List.of(Resolution.values());
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<HistoryRow> getRows() {
        return rows;
    }

    /** The device's anomaly baseline (learning, or since when its band is known), once shown. */
    public BaselineView getBaseline() {
        return baseline;
    }

    /** Whether the device reported an export counter in the range shown. */
    public boolean isExporting() {
        return exporting;
    }

    public String getCurrency() {
        return currency;
    }

    public String getChartJson() {
        return chartJson;
    }
}
