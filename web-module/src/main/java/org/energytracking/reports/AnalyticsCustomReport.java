package org.energytracking.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.energytracking.analytics.AnalyticsView;
import org.energytracking.analytics.PeriodPreset;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;
import org.energytracking.reports.boundary.ReportRuns;

/**
 * The analytics page's custom report: the site (or the one device) and the days the page shows, made as a report
 * through the same machinery as the Reports page's, kept with the other runs there.
 */
@Named
@ViewScoped
public class AnalyticsCustomReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnalyticsView analytics;
    @Inject
    ReportRuns runs;

    private List<String> formats = List.of("pdf", "csv");
    private Long madeRunId;

    public void make() {
        try {
            PeriodPreset.Days days = analytics.days();
            String device = analytics.getDeviceId();
            madeRunId = runs.custom(analytics.getSiteId(), device == null || device.isEmpty() ? List.of() : List.of(device),
                    days.from(), days.toExclusive(), formats).run().id();
            Notice.done("reports", "custom.fromAnalytics", days.from(), days.toExclusive().minusDays(1));
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public Long getMadeRunId() {
        return madeRunId;
    }

    public List<String> getFormats() {
        return formats;
    }

    public void setFormats(List<String> formats) {
        this.formats = formats;
    }
}
