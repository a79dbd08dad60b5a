-- Accounts, roles, sites, sessions, one-time tokens, audit and signing keys (issue 4).
-- Times are UTC. Secrets are never stored: tokens and device secrets as SHA-256 hex (they are
-- random and long, so a fast hash is enough); passwords with a slow salted hash.

CREATE TABLE app_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  email          VARCHAR(254) NOT NULL COMMENT 'lower case',
  password_hash  VARCHAR(255) NOT NULL,
  first_name     VARCHAR(100) NOT NULL,
  last_name      VARCHAR(100) NOT NULL,
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_logins  INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(3)  NULL,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE role (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(40)  NOT NULL,
  description VARCHAR(200) NULL,
  builtin     BOOLEAN      NOT NULL DEFAULT FALSE,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_role_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE role_permission (
  role_id    BIGINT      NOT NULL,
  permission VARCHAR(40) NOT NULL COMMENT 'resource:action, e.g. devices:write',
  PRIMARY KEY (role_id, permission),
  CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_role (
  user_id BIGINT NOT NULL,
  role_id BIGINT NOT NULL,
  PRIMARY KEY (user_id, role_id),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_role_role FOREIGN KEY (role_id) REFERENCES role (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Sites group devices; members see a site's devices with the permissions of their role there.
CREATE TABLE site (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(200) NOT NULL,
  timezone    VARCHAR(64)  NOT NULL DEFAULT 'UTC',
  personal_of BIGINT       NULL COMMENT 'app_user.id whose personal site this is',
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_site_personal_of UNIQUE (personal_of),
  CONSTRAINT fk_site_personal_of FOREIGN KEY (personal_of) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE site_member (
  site_id  BIGINT      NOT NULL,
  user_id  BIGINT      NOT NULL,
  role_id  BIGINT      NOT NULL,
  added_at DATETIME(3) NOT NULL,
  PRIMARY KEY (site_id, user_id),
  KEY ix_site_member_user (user_id),
  CONSTRAINT fk_site_member_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
  CONSTRAINT fk_site_member_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_site_member_role FOREIGN KEY (role_id) REFERENCES role (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Devices registered before sites existed have none: only administrators see them.
ALTER TABLE device
  ADD COLUMN site_id          BIGINT   NULL AFTER timezone,
  ADD COLUMN owner_id         BIGINT   NULL AFTER site_id,
  ADD COLUMN mqtt_secret_hash CHAR(64) NULL COMMENT 'SHA-256 hex of the MQTT password' AFTER owner_id,
  ADD KEY ix_device_site (site_id),
  ADD CONSTRAINT fk_device_site FOREIGN KEY (site_id) REFERENCES site (id),
  ADD CONSTRAINT fk_device_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE SET NULL;

-- A session is one signed-in client: a family of refresh tokens, each used once.
CREATE TABLE auth_session (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  user_id        BIGINT       NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  last_used_at   DATETIME(3)  NOT NULL,
  expires_at     DATETIME(3)  NOT NULL,
  revoked_at     DATETIME(3)  NULL,
  revoked_reason VARCHAR(40)  NULL,
  user_agent     VARCHAR(200) NULL,
  client_address VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  KEY ix_auth_session_user (user_id, revoked_at),
  CONSTRAINT fk_auth_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE refresh_token (
  token_hash CHAR(64)    NOT NULL,
  session_id BIGINT      NOT NULL,
  issued_at  DATETIME(3) NOT NULL,
  used_at    DATETIME(3) NULL,
  PRIMARY KEY (token_hash),
  KEY ix_refresh_token_session (session_id),
  CONSTRAINT fk_refresh_token_session FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Single-use links sent by email: password reset and email verification.
CREATE TABLE user_token (
  token_hash CHAR(64)    NOT NULL,
  user_id    BIGINT      NOT NULL,
  purpose    VARCHAR(16) NOT NULL COMMENT 'reset or verify',
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  used_at    DATETIME(3) NULL,
  PRIMARY KEY (token_hash),
  KEY ix_user_token_user (user_id, purpose),
  CONSTRAINT fk_user_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who did what. Kept without foreign keys: the trail outlives the users and devices it names.
CREATE TABLE audit_event (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  at             DATETIME(3)   NOT NULL,
  user_id        BIGINT        NULL COMMENT 'the acting user, when known',
  email          VARCHAR(254)  NULL COMMENT 'the acting or attempted account',
  action         VARCHAR(40)   NOT NULL,
  outcome        VARCHAR(16)   NOT NULL COMMENT 'success or failure',
  target         VARCHAR(200)  NULL,
  client_address VARCHAR(64)   NULL,
  details        VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  KEY ix_audit_event_at (at),
  KEY ix_audit_event_user (user_id, at),
  KEY ix_audit_event_action (action, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- RS256 keys for access tokens; the newest unretired one signs, all unretired ones verify.
CREATE TABLE signing_key (
  kid         VARCHAR(40)     NOT NULL,
  private_key VARBINARY(4096) NOT NULL COMMENT 'PKCS#8',
  public_key  VARBINARY(1024) NOT NULL COMMENT 'X.509 SubjectPublicKeyInfo',
  created_at  DATETIME(3)     NOT NULL,
  retired_at  DATETIME(3)     NULL,
  PRIMARY KEY (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO role (name, description, builtin) VALUES
  ('admin', 'Everything, on every site', TRUE),
  ('operator', 'Manages devices, sites, alerts and reports', TRUE),
  ('viewer', 'Reads devices, readings, alerts and reports', TRUE);

INSERT INTO role_permission (role_id, permission)
SELECT r.id, CONCAT(res.name, ':', act.name)
FROM role r
CROSS JOIN (SELECT 'devices' AS name UNION ALL SELECT 'sites' UNION ALL SELECT 'readings'
            UNION ALL SELECT 'alerts' UNION ALL SELECT 'reports' UNION ALL SELECT 'users') res
CROSS JOIN (SELECT 'read' AS name UNION ALL SELECT 'write' UNION ALL SELECT 'delete') act
WHERE r.name = 'admin'
   OR (r.name = 'operator' AND res.name <> 'users')
   OR (r.name = 'viewer' AND res.name <> 'users' AND act.name = 'read');
