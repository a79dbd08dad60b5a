-- Settings an administrator changed at runtime (GET/PUT /api/v1/settings). Read by the application's
-- MicroProfile Config source (ordinal 250): an environment variable or system property still wins,
-- and a setting without a row falls back to microprofile-config.properties.
CREATE TABLE system_setting (
  name       VARCHAR(100)  NOT NULL COMMENT 'the MicroProfile Config name, e.g. mail.from',
  value      VARCHAR(1000) NOT NULL,
  updated_at DATETIME(3)   NOT NULL COMMENT 'UTC',
  updated_by VARCHAR(254)  NULL COMMENT 'email of the administrator',
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
