package org.energytracking.portal;

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
        FileDownload.send(fileName, "text/csv; charset=UTF-8", csv(header, rows).getBytes(StandardCharsets.UTF_8));
    }

    private static String line(List<?> cells) {
        return CsvCells.line(cells);
    }

    static String cell(Object value) {
        return CsvCells.cell(value);
    }
}
