package org.energytracking.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table or a chart's data as a CSV download (RFC 4180, UTF-8). Cells a spreadsheet would take for
 * a formula get a leading apostrophe, so a device named "=HYPERLINK(…)" stays text.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static String csv(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(row -> out.append(line(row)));
        return out.toString();
    }

    /** From a non-ajax action: writes the file and completes the response. */
    public static void send(String fileName, List<String> header, List<? extends List<?>> rows) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        try (OutputStream body = external.getResponseOutputStream()) {
            body.write(csv(header, rows).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(CsvDownload::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
