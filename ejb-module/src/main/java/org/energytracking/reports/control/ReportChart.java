package org.energytracking.reports.control;

import java.awt.Color;
import java.util.List;
import org.energytracking.reports.entity.TableRow;

/**
 * The period's days (or months) against the previous period's, as bars in kWh, drawn as vectors straight into the
 * PDF: sharp at any zoom and cheap. It was a JFreeChart bitmap encoded as JPEG per report, the largest item left
 * in the report benchmark's CPU profile (see docs/notes/issue-16.md).
 */
record ReportChart(List<TableRow> current, List<TableRow> previous, String axisLabel, String currentLabel, String previousLabel) {

    static final float HEIGHT = 210;
    private static final Color NOW = new Color(0x1F77B4);
    private static final Color BEFORE = new Color(0xBBBBBB);
    private static final Color GRID = new Color(0xCCCCCC);
    private static final float LEFT = 38;
    private static final float BOTTOM = 40;
    private static final float TOP = 12;
    private static final float SIZE = 7;

    void draw(PdfCanvas canvas, float width, ReportNumbers numbers) {
        int count = Math.max(1, Math.max(current.size(), previous.size()));
        AxisScale scale = AxisScale.upTo(Math.max(largest(current), largest(previous)));
        float plotWidth = width - LEFT - 4;
        float plotHeight = HEIGHT - BOTTOM - TOP;
        for (int i = 0; i <= scale.intervals(); i++) {
            float y = BOTTOM + plotHeight * i / scale.intervals();
            canvas.line(i == 0 ? Color.BLACK : GRID, 0.5f, LEFT, y, LEFT + plotWidth, y);
            canvas.text(numbers.plain(scale.tick(i), scale.fractionDigits()), LEFT - 4, y - SIZE / 3, SIZE, 1);
        }
        canvas.text("kWh", LEFT - 4, HEIGHT - SIZE, SIZE, 1);
        float slot = plotWidth / count;
        float bar = slot * 0.4f;
        int labelEvery = (int) Math.ceil(count / 31.0);
        for (int i = 0; i < count; i++) {
            float x = LEFT + slot * i + slot * 0.1f;
            bar(canvas, NOW, x, i < current.size() ? current.get(i) : null, bar, plotHeight, scale);
            bar(canvas, BEFORE, x + bar, i < previous.size() ? previous.get(i) : null, bar, plotHeight, scale);
            if (i % labelEvery == 0) {
                canvas.text(Integer.toString(i + 1), LEFT + slot * (i + 0.5f), BOTTOM - SIZE - 3, SIZE, 0.5f);
            }
        }
        canvas.text(axisLabel, LEFT + plotWidth / 2, BOTTOM - 2 * SIZE - 6, SIZE, 0.5f);
        float legend = LEFT + plotWidth / 2 - (canvas.widthOf(currentLabel, SIZE + 1) + canvas.widthOf(previousLabel, SIZE + 1) + 40) / 2;
        canvas.fill(NOW, legend, 1, 8, 8);
        canvas.text(currentLabel, legend + 11, 2, SIZE + 1, 0);
        legend += 11 + canvas.widthOf(currentLabel, SIZE + 1) + 18;
        canvas.fill(BEFORE, legend, 1, 8, 8);
        canvas.text(previousLabel, legend + 11, 2, SIZE + 1, 0);
        canvas.done();
    }

    private static void bar(PdfCanvas canvas, Color color, float x, TableRow row, float width, float plotHeight, AxisScale scale) {
        if (row != null && row.energyWh() != null && row.energyWh() > 0) {
            canvas.fill(color, x, BOTTOM, width, (float) (plotHeight * row.energyWh() / 1000 / scale.top()));
        }
    }

    private static double largest(List<TableRow> rows) {
        return rows.stream().filter(row -> row.energyWh() != null).mapToDouble(row -> row.energyWh() / 1000).max().orElse(0);
    }
}
