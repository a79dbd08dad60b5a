package org.energytracking.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.energytracking.kernel.Problem;

/**
 * A confirmation worded in a feature's own bundle ("admin", "profile"), and a refusal shown at the top
 * of the page when the action came from a table row rather than a form with the refused field.
 */
public final class Notice {

    private Notice() {
    }

    public static void done(String feature, String key, Object... arguments) {
        Faces.infoIn(feature, key, arguments);
    }

    /** Something the user asked for went wrong outside the platform (a receiver that did not answer), worded in a feature's bundle. */
    public static void failed(String feature, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Faces.textIn(feature, key, arguments), null));
    }

    public static void refused(Problem problem) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null));
        context.validationFailed();
    }
}
