package org.energytracking.identity;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** After a filter changes, a lazy table starts again at its first page, in the same request (no second round trip). */
final class FirstPage {

    private FirstPage() {
    }

    static void of(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
