package org.energytracking.tariffs.entity;

import java.time.LocalDate;

/**
 * A stretch of local dates, {@code from} inclusive to {@code until} exclusive (null: open-ended), in
 * which one version of one tariff prices a subject's energy.
 */
public record TariffPeriod(LocalDate from, LocalDate until, long tariffId, String currency, TariffVersion version) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
