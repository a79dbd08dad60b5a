package org.energytracking.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.energytracking.alerts.boundary.AlertRules;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/** The rules page: the rules of the caller's sites, one being created or edited, deleting. */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertRules rules;
    @Inject
    AlertChoices choices;

    private List<RuleRow> rows = List.of();
    private RuleForm form;

    @PostConstruct
    void init() {
        choices.load();
        refresh();
    }

    private void refresh() {
        rows = rules.list().stream().map(view -> RuleRow.of(view, (key, arguments) -> Faces.textIn("alerts", key, arguments))).toList();
    }

    public void create() {
        form = RuleForm.blank(choices.getDevices().isEmpty() ? null : choices.getDevices().get(0).deviceId(),
                choices.getSites().isEmpty() ? null : choices.getSites().get(0).id());
    }

    public void edit(long ruleId) {
        form = RuleForm.of(rules.find(ruleId));
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        try {
            if (form.isNew()) {
                rules.create(form.toDraft());
            } else {
                rules.update(form.getId(), form.toDraft());
            }
            Notice.done("alerts", "rules.saved", form.getName());
            form = null;
            refresh();
        } catch (Problem problem) {
            Faces.problem(besideTheValue(problem));
        }
    }

    /** The API's params.above and params.below are the form's one value field (form:params_value). */
    private static Problem besideTheValue(Problem problem) {
        boolean bound = "params.above".equals(problem.field()) || "params.below".equals(problem.field());
        return bound ? Problem.invalid("params.value", problem.getMessage()) : problem;
    }

    public void delete(long ruleId) {
        try {
            rules.delete(ruleId);
            Notice.done("alerts", "rules.deleted");
            refresh();
        } catch (Problem problem) {
            Notice.refused(problem);
        }
    }

    public List<String> getTypes() {
        return List.of(RuleType.values()).stream().map(RuleType::apiName).toList();
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public RuleForm getForm() {
        return form;
    }
}
