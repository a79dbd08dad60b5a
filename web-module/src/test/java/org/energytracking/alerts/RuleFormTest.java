package org.energytracking.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.energytracking.alerts.entity.RuleDraft;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.Severity;
import org.junit.jupiter.api.Test;

class RuleFormTest {

    @Test
    void aThresholdBelowAValueIsTheApisBelow() {
        RuleForm form = RuleForm.blank("fridge-1", 7L);
        form.setName("Fridge too warm");
        form.setQuantity("temperature");
        form.setAbove(false);
        form.setValue(8.0);
        form.setForMinutes(5);
        RuleDraft draft = form.toDraft();
        assertThat(draft.type()).isEqualTo(RuleType.THRESHOLD);
        assertThat(draft.deviceId()).isEqualTo("fridge-1");
        assertThat(draft.siteId()).as("a rule is on a device or a site, not both").isNull();
        assertThat(draft.severity()).isEqualTo(Severity.WARNING);
        assertThat(draft.params().below()).isEqualTo(8.0);
        assertThat(draft.params().above()).isNull();
        assertThat(draft.params().forMinutes()).isEqualTo(5);
    }

    @Test
    void onlyTheChosenTypesParametersGoToTheBackend() {
        RuleForm form = RuleForm.blank("plug-1", 7L);
        form.setName("Quiet meters");
        form.setType("offline");
        form.setOnDevice(false);
        form.setValue(2000.0);
        form.setAmount(BigDecimal.TEN);
        form.setAfterMinutes(30);
        RuleDraft draft = form.toDraft();
        assertThat(draft.siteId()).isEqualTo(7L);
        assertThat(draft.deviceId()).isNull();
        assertThat(draft.params().afterMinutes()).isEqualTo(30);
        assertThat(draft.params().above()).isNull();
        assertThat(draft.params().amount()).isNull();
    }

    @Test
    void aBudgetTakesMeasureAmountPeriodAndWarning() {
        RuleForm form = RuleForm.blank(null, 7L);
        form.setName("Monthly budget");
        form.setType("budget");
        form.setMeasure("cost");
        form.setAmount(new BigDecimal("60"));
        form.setPeriod("week");
        RuleDraft draft = form.toDraft();
        assertThat(draft.siteId()).as("no device to offer: the site").isEqualTo(7L);
        assertThat(draft.params().measure()).isEqualTo("cost");
        assertThat(draft.params().amount()).isEqualByComparingTo("60");
        assertThat(draft.params().period()).isEqualTo("week");
        assertThat(draft.params().warnPercent()).isNull();
    }
}
