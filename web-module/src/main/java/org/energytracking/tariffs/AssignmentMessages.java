package org.energytracking.tariffs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.energytracking.tariffs.entity.TariffAssignment;

/** The bodies of PUT and GET /api/v1/devices/{deviceId}/tariff and /api/v1/sites/{siteId}/tariff. */
public final class AssignmentMessages {

    private AssignmentMessages() {
    }

    /** {@code tariff_id} null: no tariff on this level from {@code from} (a device then follows its site). */
    public record AssignmentRequest(@Positive Long tariffId, @NotNull LocalDate from) {
    }

    /** One step of the timeline: the tariff (or none) from {@code from} until {@code to} (exclusive; null: on). */
    public record AssignmentResponse(LocalDate from, LocalDate to, Long tariffId) {

        static List<AssignmentResponse> timeline(List<TariffAssignment> assignments) {
            List<AssignmentResponse> steps = new ArrayList<>();
            for (int i = 0; i < assignments.size(); i++) {
                LocalDate to = i + 1 < assignments.size() ? assignments.get(i + 1).validFrom() : null;
                steps.add(new AssignmentResponse(assignments.get(i).validFrom(), to, assignments.get(i).tariffId().orElse(null)));
            }
            return steps;
        }
    }
}
