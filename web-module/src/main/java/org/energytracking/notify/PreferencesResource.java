package org.energytracking.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.energytracking.kernel.Problem;
import org.energytracking.notify.boundary.NotificationPreferences;
import org.energytracking.notify.entity.DailyDigest;
import org.energytracking.notify.entity.PreferenceChoice;

/** {@code /users/me/notification-preferences}: which channels carry which severities, quiet hours, and a daily digest. */
@Path("users/me/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    @Inject
    NotificationPreferences preferences;

    /**
     * Severities are info, warning, critical, or none; quiet hours "HH:mm" in your time zone, both or neither;
     * with daily_digest, non-critical emails come as one email a day at digest_at (default 07:00) in your zone.
     */
    public record Preferences(String emailMin, String webhookMin, String smsMin, String portalMin, String phone, String quietFrom,
                              String quietTo, Boolean dailyDigest, String digestAt) {
        static Preferences of(PreferenceChoice choice) {
            return new Preferences(orNone(choice.emailMin()), orNone(choice.webhookMin()), orNone(choice.smsMin()),
                    orNone(choice.portalMin()), choice.phone(), text(choice.quietFrom()), text(choice.quietTo()), choice.dailyDigest(),
                    text(choice.digestAt() == null ? DailyDigest.DEFAULT_TIME : choice.digestAt()));
        }

        PreferenceChoice toChoice() {
            return new PreferenceChoice(emailMin, webhookMin, smsMin, portalMin, phone, time(quietFrom, "quiet_from"),
                    time(quietTo, "quiet_to"), Boolean.TRUE.equals(dailyDigest), time(digestAt, "digest_at"));
        }

        private static String orNone(String severity) {
            return severity == null ? "none" : severity;
        }

        private static String text(LocalTime time) {
            return time == null ? null : time.toString();
        }

        private static LocalTime time(String text, String field) {
            try {
                return text == null || text.isBlank() ? null : LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw Problem.invalid(field, field + " must be a time of day such as 22:00");
            }
        }
    }

    @GET
    public Preferences mine() {
        return Preferences.of(preferences.mine());
    }

    @PUT
    public Preferences choose(@NotNull @Valid Preferences body) {
        return Preferences.of(preferences.choose(body.toChoice()));
    }
}
