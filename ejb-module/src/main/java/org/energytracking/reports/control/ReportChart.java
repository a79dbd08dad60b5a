package org.energytracking.reports.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import org.energytracking.reports.entity.TableRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The period's days (or months) against the previous period's, as bars in kWh, drawn on the server. */
final class ReportChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 320;

    private ReportChart() {
    }

    static BufferedImage of(List<TableRow> current, List<TableRow> previous, boolean byMonths, String currentLabel, String previousLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int count = Math.max(current.size(), previous.size());
        for (int i = 0; i < count; i++) {
            String category = Integer.toString(i + 1);
            data.addValue(i < current.size() ? kwh(current.get(i)) : null, currentLabel, category);
            data.addValue(i < previous.size() ? kwh(previous.get(i)) : null, previousLabel, category);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, byMonths ? "month" : "day", "kWh", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x1F77B4));
        bars.setSeriesPaint(1, new Color(0xBBBBBB));
        bars.setItemMargin(0.05);
        return chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    }

    private static Double kwh(TableRow row) {
        return row.energyWh() == null ? null : row.energyWh() / 1000;
    }
}
