package org.energytracking.reports.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day (or month, for a year) of the report: unrounded, as the API's bucket holds it.
 *
 * @param energyWh null when nothing of it is known
 * @param cost     energy plus standing charges for the site table; the energy's own for a device; null without a tariff
 */
public record TableRow(LocalDate day, Double energyWh, BigDecimal cost, String currency, Double powerMaxW, boolean complete) {
}
