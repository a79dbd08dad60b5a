package org.energytracking.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.energytracking.identity.entity.AuditEvent;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Role;

/** The bodies of /users, /roles, /permissions and /audit. */
public final class AdminMessages {

    private AdminMessages() {
    }

    /** Without a password the user is invited: they get an email with a link to choose one. */
    public record NewUser(@NotBlank @Email @Size(max = 254) String email, String password,
                          @NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                          List<@NotBlank String> roles) {
        @Override
        public String toString() {
            return "NewUser[email=" + email + "]";
        }
    }

    /** Each field left out stays as it is; {@code locale} "" goes back to the platform's. */
    public record MyChanges(@Size(max = 64) String timezone, @Size(max = 35) String locale) {
    }

    public record UserChanges(@Size(min = 1, max = 100) String firstName, @Size(min = 1, max = 100) String lastName,
                              List<@NotBlank String> roles, Boolean enabled) {
    }

    public record RoleRequest(@NotBlank @Size(max = 40) String name, @Size(max = 200) String description,
                              @NotNull List<@NotBlank String> permissions) {
    }

    public record RoleResponse(String name, String description, boolean builtin, Set<String> permissions) {
        static RoleResponse of(Role role) {
            Set<String> permissions = Role.ADMIN.equals(role.name())
                    ? Set.copyOf(Permission.CATALOG.stream().map(Permission::name).toList()) : role.permissions();
            return new RoleResponse(role.name(), role.description(), role.builtin(), new java.util.TreeSet<>(permissions));
        }
    }

    public record PermissionResponse(String name, String description) {
        static PermissionResponse of(Permission permission) {
            return new PermissionResponse(permission.name(), permission.description());
        }
    }

    public record AuditResponse(long id, Instant at, Long userId, String email, String action, String outcome,
                                String target, String clientAddress, String details) {
        static AuditResponse of(AuditEvent event) {
            return new AuditResponse(event.id(), event.at(), event.userId(), event.email(), event.action(),
                    event.outcome(), event.target(), event.clientAddress(), event.details());
        }
    }
}
