package org.energytracking.reports.control;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A box on a page to draw vectors and text in, in points from the box's lower left corner. */
final class PdfCanvas {

    private final PDPageContentStream stream;
    private final PDFont font;
    private final float left;
    private final float bottom;

    PdfCanvas(PDPageContentStream stream, PDFont font, float left, float bottom) {
        this.stream = stream;
        this.font = font;
        this.left = left;
        this.bottom = bottom;
    }

    void fill(Color color, float x, float y, float width, float height) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(left + x, bottom + y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(left + x1, bottom + y1);
            stream.lineTo(left + x2, bottom + y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text whose anchor (0 left, 0.5 centre, 1 right) is at x. */
    void text(String text, float x, float y, float size, float anchor) {
        try {
            stream.setNonStrokingColor(Color.BLACK);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(left + x - anchor * widthOf(text, size), bottom + y);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float widthOf(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the page's colours as they were for what follows. */
    void done() {
        try {
            stream.setNonStrokingColor(Color.BLACK);
            stream.setStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
