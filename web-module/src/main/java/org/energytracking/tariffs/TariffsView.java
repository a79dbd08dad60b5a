package org.energytracking.tariffs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.energytracking.identity.PortalUser;
import org.energytracking.kernel.Problem;
import org.energytracking.metering.boundary.Energy;
import org.energytracking.metering.entity.Metered;
import org.energytracking.metering.entity.Resolution;
import org.energytracking.portal.CsvDownload;
import org.energytracking.portal.Faces;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.SiteChoice;
import org.energytracking.tariffs.boundary.Tariffs;
import org.energytracking.tariffs.entity.CostPreview;
import org.energytracking.tariffs.entity.QuarterEnergy;
import org.energytracking.tariffs.entity.Tariff;

/** The tariffs page: the caller's tariffs, one being edited, and what it would have cost a site in a month (last month unless chosen). */
@Named
@ViewScoped
public class TariffsView implements Serializable {

    /** Request-scoped, so each request acts as the user's current roles allow. */
    @Inject
    PortalUser user;
    @Inject
    Tariffs tariffs;
    @Inject
    Sites sites;
    @Inject
    Energy energy;

    private List<TariffRow> rows = List.of();
    private List<SiteChoice> siteList = List.of();
    private TariffForm form;
    private Long previewSiteId;
    private YearMonth previewMonth;
    /** Priced again when needed after this view was serialized (it holds entities). */
    private transient CostPreview preview;
    private boolean previewShown;

    /** A tariff as the list shows it. */
    public record TariffRow(long id, String name, String currency, int versions, LocalDate since) implements Serializable {
        static TariffRow of(Tariff tariff) {
            return new TariffRow(tariff.id(), tariff.name(), tariff.currency(), tariff.versions().size(),
                    tariff.versions().isEmpty() ? null : tariff.versions().get(0).validFrom());
        }
    }

    @PostConstruct
    void open() {
        refresh();
        siteList = sites.list().stream().map(SiteChoice::of).toList();
        previewSiteId = siteList.isEmpty() ? null : siteList.get(0).id();
        previewMonth = siteList.isEmpty() ? null : YearMonth.now(siteList.get(0).zone()).minusMonths(1);
    }

    private void refresh() {
        rows = tariffs.list().stream().map(TariffRow::of).toList();
    }

    public void create() {
        form = TariffForm.blank(LocalDate.now().withDayOfMonth(1).minusMonths(1));
        preview = null;
        previewShown = false;
    }

    public void edit(long tariffId) {
        form = TariffForm.of(tariffs.find(tariffId));
        preview = null;
        previewShown = false;
    }

    public void cancel() {
        form = null;
        preview = null;
        previewShown = false;
    }

    public void save() {
        try {
            if (form.isNew()) {
                tariffs.create(form.getName(), form.getCurrency(), form.toVersions(), Faces.client());
            } else {
                tariffs.update(form.getId(), form.getName(), form.getCurrency(), form.toVersions(), Faces.client());
            }
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(Faces.textIn("tariffs", "saved", form.getName())));
            form = null;
            preview = null;
            previewShown = false;
            refresh();
        } catch (Problem e) {
            FieldProblems.show(e);
        }
    }

    public void delete(long tariffId) {
        try {
            tariffs.delete(tariffId, Faces.client());
            refresh();
        } catch (Problem e) {
            Faces.problem(e);
        }
    }

    /** Prices the chosen site's energy of the chosen month (last month in the site's zone if none) with the form, without saving it. */
    public void preview() {
        previewShown = true;
        try {
            Metered site = energy.site(previewSiteId);
            ZoneId zone = site.zone();
            YearMonth month = previewMonth != null ? previewMonth : YearMonth.now(zone).minusMonths(1);
            LocalDate from = month.atDay(1);
            LocalDate to = from.plusMonths(1);
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = to.atStartOfDay(zone).toInstant();
            List<QuarterEnergy> quarters = energy.energy(site, start, end, Resolution.QUARTER_HOUR).stream()
                    .filter(point -> !point.bucket().start().isBefore(start))
                    .map(point -> new QuarterEnergy(point.bucket().startMs(), point.energyWh())).toList();
            Tariff draft = new Tariff(form.getName(), form.getCurrency(), form.toVersions(), user.getId(), Instant.now());
            preview = CostPreview.of(draft, quarters, zone, from, to);
        } catch (Problem e) {
            preview = null;
            previewShown = false;
            FieldProblems.show(e);
        }
    }

    public void exportList() {
        CsvDownload.send("tariffs.csv", List.of("id", "name", "currency", "versions", "valid_since"),
                rows.stream().map(row -> List.<Object>of(row.id(), row.name(), row.currency(), row.versions(),
                        row.since() == null ? "" : row.since())).toList());
    }

    public void exportPreview() {
        CostPreview shown = getPreview();
        CsvDownload.send("tariff-preview-" + shown.from() + ".csv", List.of("window", "energy_kwh", "cost", "currency"),
                shown.windows().stream().map(window -> List.<Object>of(window.window() == null ? "" : window.window(),
                        BigDecimal.valueOf(window.energyWh()).movePointLeft(3).setScale(3, RoundingMode.HALF_EVEN),
                        window.cost() == null ? "" : window.cost(), shown.currency())).toList());
    }

    public List<TariffRow> getRows() {
        return rows;
    }

    public List<SiteChoice> getSites() {
        return siteList;
    }

    public TariffForm getForm() {
        return form;
    }

    public CostPreview getPreview() {
        if (previewShown && preview == null) {
            preview();
        }
        return preview;
    }

    public Long getPreviewSiteId() {
        return previewSiteId;
    }

    public void setPreviewSiteId(Long previewSiteId) {
        this.previewSiteId = previewSiteId;
    }

    public YearMonth getPreviewMonth() {
        return previewMonth;
    }

    public void setPreviewMonth(YearMonth previewMonth) {
        this.previewMonth = previewMonth;
    }
}
