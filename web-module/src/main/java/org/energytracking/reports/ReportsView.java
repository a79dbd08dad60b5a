package org.energytracking.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.portal.FileDownload;
import org.energytracking.portal.Notice;
import org.energytracking.reports.boundary.ReportDefinitions;
import org.energytracking.reports.boundary.ReportRuns;
import org.energytracking.reports.entity.ReportFile;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.SiteChoice;

/** The Reports page: the definitions of the caller's sites (new, run now, delete), a custom report, the runs with their files. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RUNS_SHOWN = 100;

    @Inject
    ReportDefinitions definitions;
    @Inject
    ReportRuns runs;
    @Inject
    Sites sites;

    private List<ReportMessages.DefinitionResponse> definitionRows = List.of();
    private List<ReportMessages.RunResponse> runRows = List.of();
    private List<SiteChoice> siteList = List.of();
    private final ReportForm form = new ReportForm();
    private final CustomForm custom = new CustomForm();
    private ReportMessages.RunResponse previewed;
    private String previewImage;

    @PostConstruct
    void init() {
        siteList = sites.list().stream().map(SiteChoice::of).toList();
        if (!siteList.isEmpty()) {
            form.setSiteId(siteList.get(0).id());
            custom.setSiteId(siteList.get(0).id());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        custom.setFrom(today.withDayOfMonth(1).minusMonths(1));
        custom.setTo(today.withDayOfMonth(1));
        refresh();
    }

    public void refresh() {
        definitionRows = definitions.list().stream().map(ReportMessages.DefinitionResponse::of).toList();
        runRows = runs.list(null, null, null, RUNS_SHOWN).stream().map(ReportMessages.RunResponse::of).toList();
    }

    public void create() {
        try {
            definitions.create(form.input(), Faces.client());
            Notice.done("reports", "definition.saved", form.getName());
            form.clear();
            refresh();
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public void runNow(long definitionId) {
        try {
            definitions.run(definitionId, null);
            Notice.done("reports", "run.started");
            refresh();
        } catch (Problem problem) {
            Notice.refused(problem);
        }
    }

    public void delete(long definitionId) {
        try {
            definitions.delete(definitionId, Faces.client());
            Notice.done("reports", "definition.deleted");
            refresh();
        } catch (Problem problem) {
            Notice.refused(problem);
        }
    }

    public void makeCustom() {
        try {
            runs.custom(custom.getSiteId(), List.of(), custom.getFrom(), custom.getTo(), custom.getFormats());
            Notice.done("reports", "custom.started");
            refresh();
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public void download(long runId, String format) {
        ReportFile file = runs.file(runId, format);
        FileDownload.send("report-" + runId + "." + format, file.format().contentType(), file.content());
    }

    /** Shows the first page of the run's PDF, rendered on the server, below the runs. */
    public void preview(long runId) {
        try {
            previewImage = "data:image/png;base64," + Base64.getEncoder().encodeToString(runs.preview(runId));
            previewed = runRows.stream().filter(run -> run.id() == runId).findFirst().orElse(null);
        } catch (Problem problem) {
            Notice.refused(problem);
        }
    }

    public void closePreview() {
        previewImage = null;
        previewed = null;
    }

    public String getPreviewImage() {
        return previewImage;
    }

    public ReportMessages.RunResponse getPreviewed() {
        return previewed;
    }

    public String siteName(long siteId) {
        return siteList.stream().filter(site -> site.id() == siteId).map(SiteChoice::name).findFirst().orElse("#" + siteId);
    }

    public List<ReportMessages.DefinitionResponse> getDefinitions() {
        return definitionRows;
    }

    public List<ReportMessages.RunResponse> getRuns() {
        return runRows;
    }

    public List<SiteChoice> getSites() {
        return siteList;
    }

    public List<String> getPeriods() {
        return List.of("daily", "weekly", "monthly", "yearly");
    }

    public ReportForm getForm() {
        return form;
    }

    public CustomForm getCustom() {
        return custom;
    }
}
