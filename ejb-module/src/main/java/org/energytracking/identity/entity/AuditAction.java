package org.energytracking.identity.entity;

import java.util.Locale;

/** What the audit trail records. The codes are what GET /api/v1/audit?action= filters on. */
public enum AuditAction {
    LOGIN, LOGOUT, REGISTER, REFRESH_REUSE, SESSION_REVOKED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
    EMAIL_VERIFIED, USER_CREATED, USER_UPDATED, USER_DELETED, ROLE_CREATED, ROLE_CHANGED, ROLE_DELETED,
    ROLES_ASSIGNED, SITE_CREATED, SITE_DELETED, SITE_MEMBER_CHANGED, SITE_MEMBER_REMOVED,
    DEVICE_CREATED, DEVICE_DELETED, DEVICE_CREDENTIALS_ISSUED, TARIFF_CREATED, TARIFF_UPDATED, TARIFF_DELETED,
    TARIFF_ASSIGNED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
