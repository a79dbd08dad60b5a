package org.energytracking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.energytracking.identity.AdminMessages.AuditResponse;
import org.energytracking.identity.boundary.AuditLog;
import org.energytracking.ingest.TimeParameter;

/** The audit trail for administrators: {@code ?user_id=&action=&from=&to=&offset=&limit=}. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    public List<AuditResponse> search(@QueryParam("user_id") Long userId, @QueryParam("action") String action,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        var filter = new AuditLog.Filter(userId, action == null || action.isBlank() ? null : action,
                instant("from", from), instant("to", to), offset, limit);
        return log.search(filter).stream().map(AuditResponse::of).toList();
    }

    private static Instant instant(String name, String value) {
        return value == null ? null : Instant.ofEpochMilli(TimeParameter.parse(name, value, ZoneOffset.UTC, 0));
    }
}
