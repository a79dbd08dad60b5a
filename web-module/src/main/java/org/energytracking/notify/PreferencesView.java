package org.energytracking.notify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.PreferencesResource.Preferences;
import org.energytracking.notify.boundary.NotificationPreferences;
import org.energytracking.portal.Faces;
import org.energytracking.portal.Notice;

/**
 * The profile's "Notifications" section: per channel the lowest severity it carries, the phone for SMS and quiet
 * hours. It reads and writes what the API does ({@link Preferences}), so both word fields and errors alike.
 */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    static final List<String> SEVERITIES = List.of("none", "info", "warning", "critical");

    @Inject
    NotificationPreferences preferences;

    private String emailMin;
    private String webhookMin;
    private String smsMin;
    private String portalMin;
    private String phone;
    private String quietFrom;
    private String quietTo;
    private boolean dailyDigest;
    private String digestAt;

    @PostConstruct
    void load() {
        show(Preferences.of(preferences.mine()));
    }

    public void save() {
        try {
            Preferences chosen = new Preferences(emailMin, webhookMin, smsMin, portalMin, blankToNull(phone), quietFrom, quietTo,
                    dailyDigest, blankToNull(digestAt));
            show(Preferences.of(preferences.choose(chosen.toChoice())));
            Notice.done("notify", "preferences.saved");
        } catch (Problem e) {
            Faces.problem(e, "notifications");
        }
    }

    private void show(Preferences shown) {
        emailMin = shown.emailMin();
        webhookMin = shown.webhookMin();
        smsMin = shown.smsMin();
        portalMin = shown.portalMin();
        phone = shown.phone();
        quietFrom = shown.quietFrom();
        quietTo = shown.quietTo();
        dailyDigest = Boolean.TRUE.equals(shown.dailyDigest());
        digestAt = shown.digestAt();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<String> getSeverities() {
        return SEVERITIES;
    }

    public String getEmailMin() {
        return emailMin;
    }

    public void setEmailMin(String emailMin) {
        this.emailMin = emailMin;
    }

    public String getWebhookMin() {
        return webhookMin;
    }

    public void setWebhookMin(String webhookMin) {
        this.webhookMin = webhookMin;
    }

    public String getSmsMin() {
        return smsMin;
    }

    public void setSmsMin(String smsMin) {
        this.smsMin = smsMin;
    }

    public String getPortalMin() {
        return portalMin;
    }

    public void setPortalMin(String portalMin) {
        this.portalMin = portalMin;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietTo() {
        return quietTo;
    }

    public void setQuietTo(String quietTo) {
        this.quietTo = quietTo;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public String getDigestAt() {
        return digestAt;
    }

    public void setDigestAt(String digestAt) {
        this.digestAt = digestAt;
    }
}
