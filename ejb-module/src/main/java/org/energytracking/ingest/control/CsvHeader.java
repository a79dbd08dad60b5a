package org.energytracking.ingest.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.energytracking.ingest.entity.Measurand;

/** The column layout of a CSV import, read from its header row: which column holds ts and which each measurand. */
final class CsvHeader {

    static final String TS_COLUMN = "ts";
    private static final String MEASURAND_KEYS =
            Stream.of(Measurand.values()).map(Measurand::key).collect(Collectors.joining(", "));
    private static final int MAX_NAME_IN_REASON = 40;

    private final char separator;
    private final int tsColumn;
    private final Measurand[] measurandByColumn;

    private CsvHeader(char separator, int tsColumn, Measurand[] measurandByColumn) {
        this.separator = separator;
        this.tsColumn = tsColumn;
        this.measurandByColumn = measurandByColumn;
    }

    /** Reads the header row; throws {@link PayloadRejectedException} for unknown, duplicate or unnamed columns. */
    static CsvHeader parse(String line) {
        // Spreadsheets in locales with a decimal comma export with ';'.
        char separator = line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = CsvCells.split(line, separator);
        int tsColumn = -1;
        Measurand[] measurandByColumn = new Measurand[names.size()];
        boolean anyMeasurand = false;
        for (int column = 0; column < names.size(); column++) {
            String written = names.get(column);
            String name = written.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new PayloadRejectedException("header column " + (column + 1) + " has no name");
            }
            if (name.equals(TS_COLUMN)) {
                if (tsColumn >= 0) {
                    throw new PayloadRejectedException("header column 'ts' appears more than once");
                }
                tsColumn = column;
                continue;
            }
            Measurand measurand = Measurand.byKey(name).orElseThrow(() -> new PayloadRejectedException(
                    "unknown column '" + shorten(written) + "' (expected " + TS_COLUMN + ", " + MEASURAND_KEYS + ")"));
            if (Arrays.asList(measurandByColumn).contains(measurand)) {
                throw new PayloadRejectedException("header column '" + name + "' appears more than once");
            }
            measurandByColumn[column] = measurand;
            anyMeasurand = true;
        }
        if (!anyMeasurand) {
            throw new PayloadRejectedException("header has no value column (expected any of " + MEASURAND_KEYS + ")");
        }
        return new CsvHeader(separator, tsColumn, measurandByColumn);
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME_IN_REASON ? name : name.substring(0, MAX_NAME_IN_REASON) + "…";
    }

    char separator() {
        return separator;
    }

    int columnCount() {
        return measurandByColumn.length;
    }

    boolean isTsColumn(int column) {
        return column == tsColumn;
    }

    /** The measurand of a column other than ts. */
    Measurand measurandAt(int column) {
        return measurandByColumn[column];
    }
}
