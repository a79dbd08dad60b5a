package org.energytracking.alerts;

import java.io.Serializable;
import java.math.BigDecimal;
import org.energytracking.alerts.entity.AlertRule;
import org.energytracking.alerts.entity.RuleDraft;
import org.energytracking.alerts.entity.RuleParams;
import org.energytracking.alerts.entity.RuleType;
import org.energytracking.alerts.entity.RuleView;
import org.energytracking.alerts.entity.Severity;

/**
 * The rule editor's fields. The API's above/below is a direction and one value here; only the parameters of
 * the chosen type go to the backend, which checks them and names a wrong one.
 */
public class RuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String type = RuleType.THRESHOLD.apiName();
    private boolean onDevice = true;
    private String deviceId;
    private Long siteId;
    private String severity = Severity.WARNING.apiName();
    private boolean enabled = true;
    private Integer afterMinutes;
    private Integer remindEveryMinutes;
    private String quantity = "power";
    private boolean above = true;
    private Double value;
    private Integer forMinutes;
    private String measure = "energy";
    private BigDecimal amount;
    private String period = "month";
    private Integer warnPercent;
    // anomaly rules keep their k and floor through the form (the editor offers the defaults)
    private Double k;
    private Double floorWh;

    static RuleForm blank(String firstDevice, Long firstSite) {
        RuleForm form = new RuleForm();
        form.deviceId = firstDevice;
        form.siteId = firstSite;
        form.onDevice = firstDevice != null;
        return form;
    }

    static RuleForm of(RuleView view) {
        AlertRule rule = view.rule();
        RuleParams p = rule.params();
        RuleForm form = new RuleForm();
        form.id = rule.id();
        form.name = rule.name();
        form.type = rule.type().apiName();
        form.onDevice = view.deviceId() != null;
        form.deviceId = view.deviceId();
        form.siteId = rule.siteId();
        form.severity = rule.severity().apiName();
        form.enabled = rule.enabled();
        form.afterMinutes = p.afterMinutes();
        form.remindEveryMinutes = p.remindEveryMinutes();
        form.quantity = p.quantity() == null ? form.quantity : p.quantity();
        form.above = p.below() == null;
        form.value = p.above() != null ? p.above() : p.below();
        form.forMinutes = p.forMinutes();
        form.measure = p.measure() == null ? form.measure : p.measure();
        form.amount = p.amount();
        form.period = p.period() == null ? form.period : p.period();
        form.warnPercent = p.warnPercent();
        form.k = p.k();
        form.floorWh = p.floorWh();
        return form;
    }

    RuleDraft toDraft() {
        RuleType chosen = RuleType.parse(type);
        RuleParams params = switch (chosen) {
            case OFFLINE -> RuleParams.offline(afterMinutes, remindEveryMinutes);
            case THRESHOLD -> new RuleParams(null, null, quantity, above ? value : null, above ? null : value, forMinutes,
                    null, null, null, null);
            case BUDGET -> new RuleParams(null, null, null, null, null, null, measure, amount, period, warnPercent);
            case ANOMALY, BASE_LOAD -> RuleParams.anomaly(k, floorWh);
        };
        return new RuleDraft(name, chosen, onDevice ? deviceId : null, onDevice ? null : siteId, Severity.parse(severity, "severity"),
                params, enabled);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isOnDevice() {
        return onDevice;
    }

    public void setOnDevice(boolean onDevice) {
        this.onDevice = onDevice;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getAfterMinutes() {
        return afterMinutes;
    }

    public void setAfterMinutes(Integer afterMinutes) {
        this.afterMinutes = afterMinutes;
    }

    public Integer getRemindEveryMinutes() {
        return remindEveryMinutes;
    }

    public void setRemindEveryMinutes(Integer remindEveryMinutes) {
        this.remindEveryMinutes = remindEveryMinutes;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public boolean isAbove() {
        return above;
    }

    public void setAbove(boolean above) {
        this.above = above;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public Integer getForMinutes() {
        return forMinutes;
    }

    public void setForMinutes(Integer forMinutes) {
        this.forMinutes = forMinutes;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getWarnPercent() {
        return warnPercent;
    }

    public void setWarnPercent(Integer warnPercent) {
        this.warnPercent = warnPercent;
    }
}
