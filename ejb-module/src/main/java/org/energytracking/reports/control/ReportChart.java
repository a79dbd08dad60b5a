package org.energytracking.reports.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.energytracking.reports.entity.TableRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The period's days (or months) against the previous period's, as bars in kWh. JFreeChart draws it into the PDF
 * as vectors ({@link PdfPages#picture}): a bitmap encoded as JPEG per report was the largest item left in the report
 * benchmark's CPU profile (see docs/notes/issue-16.md).
 */
record ReportChart(List<TableRow> current, List<TableRow> previous, String axisLabel, String currentLabel, String previousLabel) {

    static final float HEIGHT = 210;
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 7);

    void draw(Graphics2D graphics, float width, ReportNumbers numbers) {
        JFreeChart chart = ChartFactory.createBarChart(null, axisLabel, "kWh", data(), PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(LABELS.deriveFont(8f));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.getDomainAxis().setTickLabelFont(LABELS);
        plot.getDomainAxis().setLabelFont(LABELS);
        plot.getDomainAxis().setCategoryMargin(0.2);
        NumberAxis kwh = (NumberAxis) plot.getRangeAxis();
        kwh.setTickLabelFont(LABELS);
        kwh.setLabelFont(LABELS);
        kwh.setNumberFormatOverride(numbers.axisFormat());
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x1F77B4));
        bars.setSeriesPaint(1, new Color(0xBBBBBB));
        bars.setItemMargin(0.05);
        chart.draw(graphics, new Rectangle2D.Float(0, 0, width, HEIGHT));
    }

    private DefaultCategoryDataset data() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int count = Math.max(current.size(), previous.size());
        for (int i = 0; i < count; i++) {
            String category = Integer.toString(i + 1);
            data.addValue(i < current.size() ? kwh(current.get(i)) : null, currentLabel, category);
            data.addValue(i < previous.size() ? kwh(previous.get(i)) : null, previousLabel, category);
        }
        return data;
    }

    private static Double kwh(TableRow row) {
        return row.energyWh() == null ? null : row.energyWh() / 1000;
    }
}
