package org.energytracking.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.devices.control.DeviceLookup;
import org.energytracking.devices.entity.Device;
import org.energytracking.identity.entity.User;
import org.energytracking.kernel.Problem;
import org.energytracking.reports.entity.Cadence;
import org.energytracking.reports.entity.DefinitionInput;
import org.energytracking.reports.entity.ReportDraft;
import org.energytracking.reports.entity.ReportFormat;
import org.energytracking.reports.entity.Section;

/** Turns what the API sends into a draft: each refusal a 400 naming its field. */
@Dependent
public class DefinitionDrafts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;
    @Inject
    DeviceLookup devices;
    @Inject
    ReportRecipients recipients;
    @Inject
    @ConfigProperty(name = "reports.attachment-limit-bytes")
    long attachmentLimit;

    public ReportDraft of(DefinitionInput input, long siteId, long callerId) {
        Cadence cadence;
        try {
            cadence = Cadence.of(input.period());
            if (cadence == Cadence.CUSTOM) {
                throw new IllegalArgumentException("a definition's period is daily, weekly, monthly or yearly");
            }
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("period", e.getMessage());
        }
        LocalTime delivery;
        try {
            delivery = input.deliveryTime() == null ? LocalTime.of(6, 0) : LocalTime.parse(input.deliveryTime());
        } catch (DateTimeParseException e) {
            throw Problem.invalid("delivery_time", "a local time as HH:mm, please");
        }
        List<Long> users = input.userIds() == null || input.userIds().isEmpty() ? List.of(callerId) : input.userIds();
        for (long userId : users) {
            User user = em.find(User.class, userId);
            if (user == null || !recipients.mayRead(siteId, user)) {
                throw Problem.invalid("user_ids", "user " + userId + " may not read this site's reports");
            }
        }
        List<String> emails = input.emails() == null ? List.of() : input.emails().stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        emails.stream().filter(email -> !EMAIL.matcher(email).matches() || email.length() > 254).findFirst()
                .ifPresent(bad -> { throw Problem.invalid("emails", "not an email address: " + bad); });
        Long limit = input.attachmentLimitBytes();
        if (limit != null && (limit < 0 || limit > attachmentLimit)) {
            throw Problem.invalid("attachment_limit_bytes", "0 to the platform's " + attachmentLimit + " bytes, please (none: the platform's)");
        }
        return new ReportDraft(name(input.name()), cadence, delivery, formats(input.formats()), deviceRowIds(input.deviceIds(), siteId),
                users, emails, sections(input.sections()), input.enabled() == null || input.enabled(), limit);
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw Problem.invalid("name", "a name of 1 to 120 characters, please");
        }
        return name.strip();
    }

    public static List<ReportFormat> formats(List<String> names) {
        try {
            List<ReportFormat> formats = names == null || names.isEmpty() ? List.of(ReportFormat.PDF, ReportFormat.CSV)
                    : names.stream().map(ReportFormat::of).distinct().toList();
            return formats;
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("formats", e.getMessage());
        }
    }

    public static List<Section> sections(List<String> names) {
        try {
            return names == null || names.isEmpty() ? Arrays.asList(Section.values()) : names.stream().map(Section::of).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("sections", e.getMessage());
        }
    }

    /** The devices' rows, each on the site; empty: the whole site. */
    public List<Long> deviceRowIds(List<String> deviceIds, long siteId) {
        List<Long> rows = new ArrayList<>();
        for (String deviceId : deviceIds == null ? List.<String>of() : deviceIds) {
            Device device = devices.find(deviceId).filter(d -> d.siteId() != null && d.siteId() == siteId)
                    .orElseThrow(() -> Problem.invalid("device_ids", "no device " + deviceId + " on site " + siteId));
            rows.add(device.id());
        }
        return rows;
    }
}
