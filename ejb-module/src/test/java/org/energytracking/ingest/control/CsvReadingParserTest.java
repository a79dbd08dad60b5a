package org.energytracking.ingest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energytracking.ingest.control.IngestFixtures.DEVICE;
import static org.energytracking.ingest.control.IngestFixtures.RECEIVED_AT;
import static org.energytracking.ingest.control.IngestFixtures.TS;
import static org.energytracking.ingest.control.IngestFixtures.power;
import static org.energytracking.ingest.control.IngestFixtures.powerAndEnergy;

import java.time.Instant;

import org.energytracking.ingest.entity.Reading;
import org.junit.jupiter.api.Test;

/** CSV imports that are accepted: timestamp notations, separators, sparse cells and spreadsheet quirks. */
class CsvReadingParserTest {

    private static final long TEN_UTC = Instant.parse("2026-11-27T10:00:00Z").toEpochMilli();

    private final CsvReadingParser parser = IngestFixtures.csvParser();

    private ParseResult parse(String csv) {
        ParseResult result = parser.parse(DEVICE, csv, RECEIVED_AT);
        assertThat(result.rejections()).isEmpty();
        return result;
    }

    @Test
    void epochMillisecondTimestamps() {
        ParseResult result = parse("""
                ts,power,voltage,current,energy,temperature
                1764259200000,230.5,231.2,1.02,1234,21.5
                1764259260000,231,230,1,1235,21
                """);

        assertThat(result.readings()).containsExactly(
                new Reading(DEVICE, TS, 230.5, 231.2, 1.02, 1234.0, 21.5),
                new Reading(DEVICE, TS + 60_000, 231.0, 230.0, 1.0, 1235.0, 21.0));
    }

    @Test
    void isoInstantTimestamps() {
        assertThat(parse("ts,power\n2026-11-27T10:00:00Z,5\n2026-11-27T10:00:00.250Z,6").readings())
                .containsExactly(power(TEN_UTC, 5), power(TEN_UTC + 250, 6));
    }

    @Test
    void offsetDateTimeTimestampsAreConvertedToUtc() {
        assertThat(parse("ts,power\n2026-11-27T11:00:00+01:00,5\n2026-11-27T05:00:00-05:00,6").readings())
                .containsExactly(power(TEN_UTC, 5), power(TEN_UTC, 6));
    }

    @Test
    void semicolonSeparatorWithDecimalCommas() {
        assertThat(parse("ts;power;energy\n1764259200000;230,5;1234\n").readings())
                .containsExactly(powerAndEnergy(TS, 230.5, 1234));
    }

    @Test
    void semicolonSeparatorWithDecimalPoints() {
        assertThat(parse("ts;power\n1764259200000;230.5").readings()).containsExactly(power(TS, 230.5));
    }

    @Test
    void emptyCellsAreNotReported() {
        ParseResult result = parse("""
                ts,power,voltage,energy
                1764259200000,,231.2,
                1764259260000,5,,
                1764259320000,6
                """);

        assertThat(result.readings()).containsExactly(
                new Reading(DEVICE, TS, null, 231.2, null, null, null),
                power(TS + 60_000, 5),
                power(TS + 120_000, 6));
    }

    @Test
    void withoutTsColumnReadingsAreStampedWithReceivedAt() {
        assertThat(parse("power,energy\n1,2\n3,4").readings())
                .containsExactly(powerAndEnergy(RECEIVED_AT, 1, 2), powerAndEnergy(RECEIVED_AT, 3, 4));
    }

    @Test
    void emptyTsCellFallsBackToReceivedAt() {
        assertThat(parse("ts,power\n,7").readings()).containsExactly(power(RECEIVED_AT, 7));
    }

    @Test
    void columnsMayComeInAnyOrder() {
        assertThat(parse("energy,power,ts\n1234,230.5,1764259200000").readings())
                .containsExactly(powerAndEnergy(TS, 230.5, 1234));
    }

    @Test
    void headerIsCaseInsensitiveAndTrimmed() {
        assertThat(parse(" TS , Power ,ENERGY\n1764259200000, 230.5 , 1234 ").readings())
                .containsExactly(powerAndEnergy(TS, 230.5, 1234));
    }

    @Test
    void windowsLineEndingsByteOrderMarkAndQuotedCells() {
        assertThat(parse("\uFEFF\"ts\",\"power\"\r\n\"2026-11-27T10:00:00Z\",\"5\"\r\n").readings())
                .containsExactly(power(TEN_UTC, 5));
    }

    @Test
    void quotedCellMayHoldTheSeparatorWhenItIsADecimalComma() {
        assertThat(parse("ts;power\n1764259200000;\"230,5\"").readings()).containsExactly(power(TS, 230.5));
    }

    @Test
    void blankLinesAreSkipped() {
        assertThat(parse("\n\nts,power\n\n1764259200000,1\n   \n1764259200000,2\n\n").readings())
                .containsExactly(power(TS, 1), power(TS, 2));
    }

    @Test
    void headerOnlyYieldsNothingAndRejectsNothing() {
        assertThat(parse("ts,power\n").readings()).isEmpty();
    }

    @Test
    void numbersMayHaveSignsAndExponents() {
        assertThat(parse("power,current\n-1.5e3,+2\n").readings())
                .containsExactly(new Reading(DEVICE, RECEIVED_AT, -1500.0, null, 2.0, null, null));
    }

    @Test
    void duplicateTimestampsAreBothReturned() {
        assertThat(parse("ts,power\n1764259200000,1\n1764259200000,2").readings())
                .containsExactly(power(TS, 1), power(TS, 2));
    }
}
