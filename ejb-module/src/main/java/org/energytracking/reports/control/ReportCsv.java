package org.energytracking.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.energytracking.kernel.CsvCells;
import org.energytracking.reports.entity.DeviceRows;
import org.energytracking.reports.entity.ReportContent;
import org.energytracking.reports.entity.TableRow;

/**
 * The report as CSV: one row per device and day (per month for a year), units in the column names, cells escaped
 * as the portal's CSV downloads are. A device's cost is its energy's own; standing charges belong to the site.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] of(ReportContent content) {
        String currency = content.totals().currency() == null ? "" : "_" + content.totals().currency();
        StringBuilder out = new StringBuilder(CsvCells.line(List.of(content.period().byMonths() ? "month" : "date", "device_id",
                "device_name", "energy_wh", "energy_cost" + currency, "power_max_w", "complete")));
        for (DeviceRows device : content.devices()) {
            for (TableRow row : device.rows()) {
                List<Object> cells = new ArrayList<>(Arrays.asList(
                        content.period().byMonths() ? row.day().toString().substring(0, 7) : row.day().toString(),
                        device.deviceId(), device.name(),
                        row.energyWh() == null ? null : BigDecimal.valueOf(row.energyWh()).setScale(3, RoundingMode.HALF_EVEN),
                        cost(row),
                        row.powerMaxW() == null ? null : BigDecimal.valueOf(row.powerMaxW()).setScale(1, RoundingMode.HALF_EVEN),
                        row.complete()));
                out.append(CsvCells.line(cells));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal cost(TableRow row) {
        if (row.cost() == null) {
            return null;
        }
        int digits = row.currency() == null ? 2 : Math.max(0, Currency.getInstance(row.currency()).getDefaultFractionDigits());
        return row.cost().setScale(digits, RoundingMode.HALF_EVEN);
    }
}
