package org.energytracking.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.energytracking.identity.entity.User;

/** A user as the users table shows one; Date because f:convertDateTime formats Date and java.time alike. */
public record UserRow(long id, String email, String name, List<String> roles, boolean enabled, boolean pending, Date created)
        implements Serializable {

    static UserRow of(User user) {
        Instant created = user.createdAt();
        return new UserRow(user.id(), user.email(), (user.firstName() + " " + user.lastName()).strip(),
                List.copyOf(user.roleNames()), user.enabled(), user.invitationPending(), created == null ? null : Date.from(created));
    }

    List<Object> csv() {
        return List.of(id, email, name, String.join(" ", roles), enabled, pending, created == null ? "" : created.toInstant().toString());
    }
}
