package org.energytracking.reports.control;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.energytracking.reports.entity.ReportWords;

/**
 * A4 pages written top to bottom with a running header (left and right text) and, once all are written, "Page n
 * of m" at the foot. The font is the Liberation Sans PDFBox carries, embedded (subset), so a page prints the same
 * on any machine.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float BOTTOM = MARGIN + 30;
    private static final float LINE = 1.45f;

    /**
     * Parsed once per thread, only subset per document (a TrueTypeFont is not for two threads at once). Without its
     * glyph substitutions (ligatures, which we do not want in figures anyway): with them, PDFBox compiled a set of
     * regular expressions at every setFont, ~30 % of the app server's CPU in the report benchmark (a JFR profile).
     */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(PdfPages::parseFont);

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final String headerLeft;
    private final String headerRight;
    private final ReportWords words;
    private PDPageContentStream page;
    private float y;

    PdfPages(String headerLeft, String headerRight, ReportWords words) {
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.words = words;
        try {
            font = PDType0Font.load(document, FONT.get(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    float width() {
        return A4.getWidth() - 2 * MARGIN;
    }

    /** A line of text at the cursor, then the cursor below it. */
    void text(String text, float size) {
        row(List.of(text), new float[] {0}, size);
    }

    /** Cells at the given offsets from the left margin; a negative offset right-aligns the cell ending there. */
    void row(List<String> cells, float[] offsets, float size) {
        room(size * LINE);
        y -= size * LINE;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            float x = offsets[i] >= 0 ? MARGIN + offsets[i] : MARGIN - offsets[i] - widthOf(cell, size);
            show(page, cell, x, y, size);
        }
    }

    void gap(float points) {
        y -= points;
    }

    void rule() {
        room(4);
        y -= 3;
        try {
            page.moveTo(MARGIN, y);
            page.lineTo(A4.getWidth() - MARGIN, y);
            page.setLineWidth(0.5f);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A picture across the text's width, {@code height} points high at the cursor (on a new page if it does not fit),
     * which {@code painter} draws with Java 2D (y downwards from its top left) into the page as vectors. Its text is
     * set in the page's embedded font.
     */
    void picture(float height, Consumer<Graphics2D> painter) {
        room(height + 6);
        y -= height + 6;
        try {
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width(), height);
            PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
            text.registerFont(Font.SANS_SERIF, font);
            graphics.setFontTextDrawer(text);
            try {
                painter.accept(graphics);
            } finally {
                graphics.dispose();
            }
            page.saveGraphicsState();
            page.transform(Matrix.getTranslateInstance(MARGIN, y));
            page.drawForm(graphics.getXFormObject());
            page.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new page unless {@code points} still fit on this one. */
    void room(float points) {
        if (y - points < BOTTOM) {
            newPage();
        }
    }

    byte[] finish() {
        try {
            page.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = words.get("pdf.page", Integer.toString(i + 1), Integer.toString(count));
                    show(foot, text, A4.getWidth() - MARGIN - widthOf(text, 8), MARGIN, 8);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            float top = A4.getHeight() - MARGIN;
            show(page, headerLeft, MARGIN, top, 9);
            show(page, headerRight, A4.getWidth() - MARGIN - widthOf(headerRight, 9), top, 9);
            y = top - 6;
            page.moveTo(MARGIN, y);
            page.lineTo(A4.getWidth() - MARGIN, y);
            page.setLineWidth(0.5f);
            page.stroke();
            y -= 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parseFont() {
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float widthOf(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDPageContentStream stream, String text, float x, float at, float size) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, at);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
