package org.energytracking.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.metering.entity.ExportPoint;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.DoughnutChart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.DoughnutData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.DoughnutDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.DoughnutOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * Chart.js configurations for {@code <p:chart value="…"/>}, built with chartjs-java-model: bars and
 * lines with a titled value axis (its unit: W, kWh, EUR), the portal's palette, sized by the page.
 */
public final class Charts {

    /** The portal's series colours: the current period first, the previous one muted. */
    public static final List<String> PALETTE = List.of("#0f766e", "#94a3b8", "#b45309", "#2563eb", "#9333ea", "#dc2626",
            "#65a30d", "#0891b2");

    /** Energy exported to the grid, drawn below the axis under what was imported. */
    public static final String EXPORT_COLOUR = "#65a30d";

    /** One data series; null values leave gaps (unknown, not zero). */
    public record Series(String label, List<? extends Number> values, String color) {
        public Series(String label, List<? extends Number> values, int paletteIndex) {
            this(label, values, PALETTE.get(paletteIndex % PALETTE.size()));
        }

        Number[] data() {
            return values.toArray(Number[]::new);
        }

        /** A line needs two neighbours; a value with none (a single reading, one between gaps) is drawn as a dot. */
        List<Integer> pointRadii() {
            List<Integer> radii = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                boolean joined = (i > 0 && values.get(i - 1) != null) || (i + 1 < values.size() && values.get(i + 1) != null);
                radii.add(values.get(i) != null && !joined ? 3 : 0);
            }
            return radii;
        }
    }

    private static final String UNUSUAL_HIGH = "usual (upper bound)";
    private static final String UNUSUAL_LOW = "usual (lower bound)";

    private Charts() {
    }

    /** Exported kWh per bucket as negative values, to the watt-hour; null where the bucket reported no export. */
    public static List<BigDecimal> belowAxis(List<ExportPoint> exports) {
        return exports.stream().map(export -> export == null ? null : export.displayExportKwh().negate()).toList();
    }

    public static String bars(List<String> labels, String unit, List<Series> series) {
        BarData data = new BarData().setLabels(labels);
        series.forEach(s -> data.addDataset(new BarDataset().setLabel(s.label()).setData(s.data()).setBackgroundColor(s.color())));
        return new BarChart(data, new BarOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setScales(valueAxis(unit))).toJson();
    }

    public static String lines(List<String> labels, String unit, List<Series> series) {
        LineData data = new LineData().setLabels(labels);
        series.forEach(s -> data.addDataset(new LineDataset().setLabel(s.label()).setData(s.data()).setBorderColor(s.color())
                .setBackgroundColor(s.color()).setPointRadius(s.pointRadii()).setSpanGaps(false)));
        return new LineChart(data, new LineOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setScales(valueAxis(unit))).toJson();
    }

    /**
     * A line of {@code actual} values in front of a grey band from {@code low} to {@code high} (the usual range),
     * with {@code marks} (values where something was unusual, null elsewhere) as red points.
     */
    public static String band(List<String> labels, String unit, Series actual, List<? extends Number> low, List<? extends Number> high,
            Series marks) {
        String grey = PALETTE.get(1);
        LineData data = new LineData().setLabels(labels);
        data.addDataset(new LineDataset().setLabel(marks.label()).setData(marks.data()).setBorderColor(marks.color())
                .setBackgroundColor(marks.color()).setPointBackgroundColor(List.of(marks.color())).setPointRadius(List.of(6)).setShowLine(false));
        data.addDataset(new LineDataset().setLabel(actual.label()).setData(actual.data()).setBorderColor(actual.color())
                .setBackgroundColor(actual.color()).setPointRadius(List.of(0)).setSpanGaps(false));
        data.addDataset(new LineDataset().setLabel(UNUSUAL_HIGH).setData(high.toArray(Number[]::new)).setBorderColor(grey)
                .setBackgroundColor("rgba(148,163,184,0.25)").setFill("+1").setPointRadius(List.of(0)).setBorderDash(List.of(4, 4)));
        data.addDataset(new LineDataset().setLabel(UNUSUAL_LOW).setData(low.toArray(Number[]::new)).setBorderColor(grey)
                .setBackgroundColor(grey).setPointRadius(List.of(0)).setBorderDash(List.of(4, 4)));
        return new LineChart(data, new LineOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setScales(valueAxis(unit))).toJson();
    }

    public static String doughnut(List<String> labels, List<? extends Number> values) {
        DoughnutDataset dataset = new DoughnutDataset().setData(values.toArray(Number[]::new));
        for (int i = 0; i < values.size(); i++) {
            dataset.addBackgroundColor(PALETTE.get(i % PALETTE.size()));
        }
        return new DoughnutChart(new DoughnutData().setLabels(labels).addDataset(dataset),
                new DoughnutOptions().setResponsive(true).setMaintainAspectRatio(false)).toJson();
    }

    private static Scales valueAxis(String unit) {
        return new Scales().addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setBeginAtZero(true)
                .setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(unit)));
    }
}
