package org.energytracking.sites;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.energytracking.sites.boundary.Sites;
import org.energytracking.sites.entity.Site;

/** The bodies /api/v1/sites takes and gives. */
public final class SiteMessages {

    private SiteMessages() {
    }

    public record SiteRequest(@NotBlank @Size(max = 200) String name, @Size(max = 64) String timezone,
                              @Positive BigDecimal floorAreaM2) {
    }

    public record MemberRequest(@NotBlank @Email String email, @NotBlank @Size(max = 40) String role) {
    }

    public record SiteResponse(long id, String name, String timezone, BigDecimal floorAreaM2, boolean personal,
                               Instant createdAt) {
        static SiteResponse of(Site site) {
            return new SiteResponse(site.id(), site.name(), site.timezone(), site.floorAreaM2(), site.isPersonal(),
                    site.createdAt());
        }
    }

    public record MemberResponse(long userId, String email, String firstName, String lastName, String role, Instant addedAt) {
        static MemberResponse of(Sites.Member member) {
            var user = member.user();
            return new MemberResponse(user.id(), user.email(), user.firstName(), user.lastName(),
                    member.membership().role().name(), member.membership().addedAt());
        }
    }
}
