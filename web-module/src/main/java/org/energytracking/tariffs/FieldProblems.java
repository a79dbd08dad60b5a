package org.energytracking.tariffs;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/**
 * Shows a refusal of the tariff form beside the field it names. The form repeats versions, rates and
 * tiers, so {@code versions[0].rates[1].price_per_kwh} is the input {@code form:versions:0:rates:1:price_per_kwh};
 * a whole rate or version ({@code versions[0].rates[1]}) is shown at its first input.
 */
final class FieldProblems {

    private static final Pattern NESTED = Pattern.compile("versions\\[(\\d+)](?:\\.(rates|tiers)\\[(\\d+)])?(?:\\.([a-z_]+))?");

    private FieldProblems() {
    }

    static void show(Problem problem) {
        String clientId = problem.field() == null ? null : clientId(problem.field());
        if (clientId == null) {
            Faces.problem(problem);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null));
        context.validationFailed();
    }

    /** Null for fields outside the repeated inputs, which Faces.problem shows by their plain id or at the top. */
    static String clientId(String field) {
        Matcher nested = NESTED.matcher(field);
        if (!nested.matches() || "rates".equals(nested.group(4)) || "tiers".equals(nested.group(4))) {
            return null;
        }
        String version = "form:versions:" + nested.group(1);
        String leaf = nested.group(4);
        if (nested.group(2) == null) {
            return version + ":" + (leaf == null ? "valid_from" : leaf);
        }
        String row = version + ":" + nested.group(2) + ":" + nested.group(3);
        if (leaf != null) {
            return row + ":" + leaf;
        }
        return row + ":" + ("rates".equals(nested.group(2)) ? "days" : "up_to_kwh");
    }
}
