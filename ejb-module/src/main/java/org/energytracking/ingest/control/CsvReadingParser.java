package org.energytracking.ingest.control;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.energytracking.ingest.entity.Measurand;

/**
 * Parses a CSV import of one device's readings: a header row naming {@code ts} and measurand columns,
 * then one reading per row. An empty cell was not reported. Thread-safe; meant to be shared.
 */
public final class CsvReadingParser {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_CELL_IN_REASON = 40;

    private final ReadingLimits limits;
    private final Clock clock;

    public CsvReadingParser(ReadingLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Parses one CSV document. Rejection indexes are 0-based data rows (the row after the header is 0;
     * blank rows are skipped but keep their number). Never throws for bad input.
     */
    public ParseResult parse(String deviceId, String csv, long receivedAtMs) {
        Objects.requireNonNull(deviceId, "deviceId");
        if (csv == null || csv.isEmpty()) {
            return ParseResult.payloadRejected("empty payload");
        }
        long bytes = Utf8.byteLength(csv);
        if (bytes > limits.maxPayloadBytes()) {
            return ParseResult.payloadRejected("payload of " + bytes + " bytes exceeds the limit of "
                    + limits.maxPayloadBytes() + " bytes");
        }
        try {
            return parseRows(deviceId, csv, receivedAtMs);
        } catch (PayloadRejectedException e) {
            return ParseResult.payloadRejected(e.getMessage());
        }
    }

    private ParseResult parseRows(String deviceId, String csv, long receivedAtMs) {
        int start = csv.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        CsvHeader header = null;
        ReadingCollector collector = new ReadingCollector(deviceId, receivedAtMs, limits, clock.instant());
        int row = 0;
        int readingRows = 0;
        while (start < csv.length()) {
            int end = csv.indexOf('\n', start);
            end = end < 0 ? csv.length() : end;
            String line = csv.substring(start, end > start && csv.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (header == null) {
                if (!line.isBlank()) {
                    header = CsvHeader.parse(line);
                }
                continue;
            }
            if (!line.isBlank()) {
                if (++readingRows > limits.maxReadingsPerMessage()) {
                    throw new PayloadRejectedException("more than " + limits.maxReadingsPerMessage()
                            + " readings in one payload");
                }
                collector.begin(row);
                readRow(header, CsvCells.split(line, header.separator()), collector);
                collector.end();
            }
            row++;
        }
        if (header == null) {
            throw new PayloadRejectedException("empty payload");
        }
        return collector.result();
    }

    private static void readRow(CsvHeader header, List<String> cells, ReadingCollector collector) {
        if (cells.size() > header.columnCount()) {
            collector.reject("row has " + cells.size() + " cells but the header has " + header.columnCount()
                    + " columns");
            return;
        }
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (cell.isEmpty()) {
                continue;
            }
            if (header.isTsColumn(column)) {
                readTimestamp(cell, collector);
            } else {
                readValue(header.measurandAt(column), header.separator() == ';' ? cell.replace(',', '.') : cell,
                        collector);
            }
        }
    }

    private static void readTimestamp(String cell, ReadingCollector collector) {
        if (NumberText.isInteger(cell)) {
            try {
                collector.timestamp(Long.parseLong(cell));
            } catch (NumberFormatException e) {
                collector.reject("ts: " + quoted(cell) + " is out of range");
            }
            return;
        }
        try {
            // ISO_OFFSET_DATE_TIME takes both 2026-11-27T10:00:00Z and 2026-11-27T11:00:00+01:00.
            collector.timestamp(OffsetDateTime.parse(cell, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant().toEpochMilli());
        } catch (DateTimeParseException | ArithmeticException e) {
            collector.reject("ts: expected epoch milliseconds or an ISO-8601 date-time with offset, got "
                    + quoted(cell));
        }
    }

    private static void readValue(Measurand measurand, String cell, ReadingCollector collector) {
        if (!NumberText.isDecimal(cell)) {
            collector.reject(measurand.key() + ": expected a number, got " + quoted(cell));
            return;
        }
        double value = Double.parseDouble(cell);
        if (Double.isFinite(value)) {
            collector.value(measurand, value);
        } else {
            collector.reject(measurand.key() + ": " + quoted(cell) + " is not a finite number");
        }
    }

    private static String quoted(String cell) {
        return "'" + (cell.length() <= MAX_CELL_IN_REASON ? cell : cell.substring(0, MAX_CELL_IN_REASON) + "…") + "'";
    }
}
