package org.energytracking.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.energytracking.dashboard.entity.DashboardPeriod.Choice;
import org.energytracking.dashboard.entity.DashboardPeriod;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/** The dashboard's period as the user chose it: a preset, or a custom first and last day. */
@Named
@ViewScoped
public class DashboardChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Choice choice = Choice.TODAY;
    private LocalDate customFirst;
    private LocalDate customLast;

    /** The chosen period; empty, with a message for the user, when a custom one cannot be shown. */
    Optional<DashboardPeriod.Request> request() {
        if (choice == Choice.CUSTOM) {
            String refusal = customFirst == null || customLast == null ? "custom.required"
                    : customLast.isBefore(customFirst) ? "custom.order"
                    : customFirst.plusDays(DashboardPeriod.MAX_DAYS).isBefore(customLast) ? "custom.tooLong" : null;
            if (refusal != null) {
                Faces.problem(Problem.invalid("customLast", Faces.textIn("dashboard", refusal, DashboardPeriod.MAX_DAYS)));
                return Optional.empty();
            }
        }
        return Optional.of(new DashboardPeriod.Request(choice, customFirst, customLast));
    }

    public Choice[] getChoices() {
        return Choice.values();
    }

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }

    public LocalDate getCustomFirst() {
        return customFirst;
    }

    public void setCustomFirst(LocalDate customFirst) {
        this.customFirst = customFirst;
    }

    public LocalDate getCustomLast() {
        return customLast;
    }

    public void setCustomLast(LocalDate customLast) {
        this.customLast = customLast;
    }
}
