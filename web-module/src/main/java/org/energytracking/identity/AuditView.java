package org.energytracking.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.energytracking.identity.boundary.AuditLog;
import org.energytracking.identity.boundary.UserAdministration;
import org.energytracking.identity.entity.AuditAction;
import org.energytracking.identity.entity.AuditEvent;
import org.energytracking.portal.CsvDownload;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, one page per database query; dates are whole days in the viewer's zone, "to" included. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final int EXPORT_LIMIT = 100_000;
    private static final long NOBODY = -1;

    @Inject
    AuditLog log;
    @Inject
    UserAdministration users;
    @Inject
    PortalUser portalUser;

    private String email;
    private String action;
    private LocalDate from;
    private LocalDate to;

    /** One line as the table shows it. */
    public record Line(long id, Date at, String email, String action, String outcome, String target, String address, String details)
            implements Serializable {
        static Line of(AuditEvent event) {
            return new Line(event.id(), Date.from(event.at()), event.email(), event.action(), event.outcome(), event.target(),
                    event.clientAddress(), event.details());
        }

        List<Object> csv() {
            return Arrays.asList(id, at.toInstant().toString(), email, action, outcome, target, address, details);
        }
    }

    private final LazyDataModel<Line> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) log.count(filter(0, 1));
        }

        @Override
        public List<Line> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return log.search(filter(first, size)).stream().map(Line::of).toList();
        }

        @Override
        public String getRowKey(Line line) {
            return Long.toString(line.id());
        }
    };

    private AuditLog.Filter filter(int offset, int limit) {
        ZoneId zone = portalUser.zone();
        return new AuditLog.Filter(userId(), action == null || action.isBlank() ? null : action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), offset, limit);
    }

    /** The account with exactly that email; an unknown email matches nothing rather than everything. */
    private Long userId() {
        if (email == null || email.isBlank()) {
            return null;
        }
        String wanted = email.strip();
        return users.search(wanted, 0, 50).stream().filter(user -> user.email().equalsIgnoreCase(wanted))
                .map(user -> user.id()).findFirst().orElse(NOBODY);
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(AuditAction::code).sorted().toList();
    }

    public void apply() {
        FirstPage.of(":form:events");
    }

    public void export() {
        List<List<Object>> rows = log.search(filter(0, EXPORT_LIMIT)).stream().map(e -> Line.of(e).csv()).toList();
        CsvDownload.send("audit.csv", List.of("id", "at_utc", "email", "action", "outcome", "target", "client_address", "details"), rows);
    }

    public LazyDataModel<Line> getModel() {
        return model;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
