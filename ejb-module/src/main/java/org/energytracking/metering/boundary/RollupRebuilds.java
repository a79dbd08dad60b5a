package org.energytracking.metering.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.MeteringChanged;
import org.energytracking.metering.entity.DayRange;
import org.energytracking.metering.entity.RebuildMode;
import org.energytracking.tariffs.entity.TariffChanged;

/**
 * Starts the rollup-rebuild batch job (batch-jobs module) and feeds it the days to do: on demand,
 * after a tariff change (prices only) and after a device's zone or counter width changed.
 */
@Stateless
public class RollupRebuilds {

    public static final String JOB = "rollup-rebuild";
    private static final Logger LOG = Logger.getLogger(RollupRebuilds.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    @ConfigProperty(name = "metering.rebuild-span-days")
    int spanDays;

    /** Starts a rebuild of [from, to) (local dates; from null: the first reading) and answers its execution id. */
    public long start(Collection<Long> deviceRowIds, LocalDate from, LocalDate to, RebuildMode mode) {
        Properties parameters = new Properties();
        parameters.setProperty("devices", deviceRowIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        parameters.setProperty("from", from == null ? "" : from.toString());
        parameters.setProperty("to", to.toString());
        parameters.setProperty("mode", mode.name());
        // a job parameter, so a restarted execution cuts the same spans as its checkpoint counted
        parameters.setProperty("spanDays", String.valueOf(spanDays));
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        LOG.log(Level.INFO, "Started {0} execution {1}: {2} of devices {3} from {4} to {5}",
                new Object[] {JOB, execution, mode, parameters.get("devices"), from, to});
        return execution;
    }

    public JobExecution execution(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        if (!JOB.equals(execution.getJobName())) {
            throw new jakarta.batch.operations.NoSuchJobExecutionException("not a rollup rebuild: " + executionId);
        }
        return execution;
    }

    /** The job's work list, device by device and span by span, in the order it checkpoints. */
    public List<DayRange> days(String deviceRowIds, String from, String to, String spanDays) {
        int maxDays = spanDays == null || spanDays.isBlank() ? 1 : Integer.parseInt(spanDays);
        List<DayRange> days = new ArrayList<>();
        for (String id : deviceRowIds.split(",")) {
            Device device = id.isBlank() ? null : em.find(Device.class, Long.valueOf(id.strip()));
            if (device == null) {
                continue;
            }
            LocalDate first = from == null || from.isBlank() ? firstReadingDay(device) : LocalDate.parse(from);
            if (first != null) {
                days.addAll(DayRange.of(device.id(), device.zone(), first, LocalDate.parse(to), maxDays));
            }
        }
        return days;
    }

    public void onTariffChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TariffChanged change) {
        TreeSet<Long> devices = new TreeSet<>(change.deviceRowIds());
        if (!change.siteIds().isEmpty()) {
            devices.addAll(em.createQuery("SELECT d.id FROM Device d WHERE d.siteId IN :sites", Long.class)
                    .setParameter("sites", change.siteIds()).getResultList());
        }
        if (!devices.isEmpty()) {
            start(devices, change.from(), LocalDate.now().plusDays(2), RebuildMode.PRICES);
        }
    }

    public void onMeteringChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeteringChanged change) {
        start(List.of(change.deviceRowId()), null, LocalDate.now().plusDays(2),
                change.fromReadings() ? RebuildMode.READINGS : RebuildMode.PRICES);
    }

    private LocalDate firstReadingDay(Device device) {
        Number first = (Number) em.createNativeQuery("SELECT MIN(ts) FROM reading WHERE device_id = ?1")
                .setParameter(1, device.id()).getSingleResult();
        return first == null ? null : Instant.ofEpochMilli(first.longValue()).atZone(device.zone()).toLocalDate();
    }
}
