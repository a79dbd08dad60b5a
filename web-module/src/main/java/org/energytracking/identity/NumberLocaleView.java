package org.energytracking.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.kernel.NumberLocales;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/** The profile page's choice of the locale numbers are written in for this user (reports' PDFs); "" is the platform's. */
@Named
@ViewScoped
public class NumberLocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String locale;

    public List<String> getLocales() {
        return NumberLocales.SUPPORTED;
    }

    public void save() {
        try {
            String saved = accounts.writeNumbersIn(locale).locale();
            Notice.done("profile", "locale.saved", saved == null ? Faces.textIn("profile", "locale.platform") : saved);
        } catch (Problem e) {
            Notice.refused(e);
        }
    }

    public String getLocale() {
        if (locale == null) {
            String chosen = accounts.me().locale();
            locale = chosen == null ? "" : chosen;
        }
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
