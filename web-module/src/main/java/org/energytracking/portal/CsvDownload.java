package org.energytracking.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.energytracking.kernel.CsvCells;

/** A table or a chart's data as a CSV download (UTF-8), its cells escaped by {@link CsvCells}. */
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
        return CsvCells.line(cells);
    }

    static String cell(Object value) {
        return CsvCells.cell(value);
    }
}
