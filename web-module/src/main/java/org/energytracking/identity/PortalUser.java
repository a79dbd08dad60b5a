package org.energytracking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import org.energytracking.identity.boundary.Accounts;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.energytracking.portal.Faces;

/**
 * The signed-in user as pages see it ({@code #{portalUser.can('devices:write')}}), and signing out.
 * Pages hide what a role may not do; the facades refuse it anyway.
 */
@Named
@RequestScoped
public class PortalUser {

    @Inject
    CurrentCaller current;
    @Inject
    Accounts accounts;

    private ZoneId zone;

    public Caller caller() {
        return current.get();
    }

    public String getEmail() {
        return caller().email();
    }

    public long getId() {
        return caller().userId();
    }

    /** The zone the signed-in user reads times in: their profile's choice, UTC until they make one. */
    public ZoneId zone() {
        if (zone == null) {
            zone = accounts.me().zone();
        }
        return zone;
    }

    public String getZone() {
        return zone().getId();
    }

    /** Changes the user's zone; this request's pages already show the new one. */
    public void moveTo(String timezone) {
        zone = accounts.moveTo(timezone).zone();
    }

    public boolean isAdmin() {
        return caller().isAdmin();
    }

    public boolean can(String permission) {
        return caller().isAdmin() || caller().can(Permission.of(permission));
    }

    /** For admin-only pages: a viewer who types the URL gets 403, not the page. */
    public void requireAdmin() {
        if (!caller().isAdmin()) {
            throw Problem.forbidden("administrators only");
        }
    }

    public String signOut() {
        try {
            accounts.logout(Faces.client());
        } finally {
            PortalCookies.clear(Faces.request(), Faces.response());
        }
        Faces.redirect("/login");
        return null;
    }
}
