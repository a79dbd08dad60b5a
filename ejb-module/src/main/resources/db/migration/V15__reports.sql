-- Scheduled and custom reports. A run is unique per definition x period x version, written before the job
-- computes it, so two timers or a restart cannot produce a period twice; its emails are outbox rows written in
-- the transaction that stores its files, sent afterwards.

CREATE TABLE report_definition (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  owner_id          BIGINT        NOT NULL COMMENT 'app_user.id of who made it',
  site_id           BIGINT        NOT NULL COMMENT 'site.id',
  name              VARCHAR(120)  NOT NULL,
  cadence           VARCHAR(8)    NOT NULL COMMENT 'daily, weekly (from Monday), monthly or yearly, in the site''s zone',
  delivery_time     CHAR(5)       NOT NULL COMMENT 'HH:mm local on the day after the period',
  formats           VARCHAR(16)   NOT NULL COMMENT 'pdf,csv',
  device_ids        VARCHAR(4000) NULL     COMMENT 'device.id list; null: the whole site',
  user_ids          VARCHAR(4000) NOT NULL COMMENT 'app_user.id list of members who get it',
  sections          VARCHAR(400)  NOT NULL COMMENT 'section names, comma-separated',
  next_period_start DATE          NOT NULL COMMENT 'the first local period not planned yet',
  enabled           BOOLEAN       NOT NULL,
  created_at        DATETIME(3)   NOT NULL COMMENT 'UTC',
  updated_at        DATETIME(3)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  KEY ix_report_definition_site (site_id),
  CONSTRAINT fk_report_definition_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- External addresses receive nothing until they confirm by the link sent to them.
CREATE TABLE report_recipient (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  definition_id BIGINT       NOT NULL,
  email         VARCHAR(254) NOT NULL,
  token_hash    CHAR(64)     NOT NULL COMMENT 'SHA-256 hex of the confirmation link''s token',
  confirmed_at  DATETIME(3)  NULL,
  created_at    DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_recipient UNIQUE (definition_id, email),
  CONSTRAINT uk_report_recipient_token UNIQUE (token_hash),
  CONSTRAINT fk_report_recipient_definition FOREIGN KEY (definition_id) REFERENCES report_definition (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE report_run (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  definition_id BIGINT        NULL     COMMENT 'report_definition.id; null: a custom report',
  owner_id      BIGINT        NOT NULL COMMENT 'app_user.id: the definition''s owner or who asked for it',
  site_id       BIGINT        NOT NULL,
  name          VARCHAR(120)  NOT NULL,
  cadence       VARCHAR(8)    NOT NULL COMMENT 'daily, weekly, monthly, yearly or custom',
  period_key    VARCHAR(32)   NOT NULL COMMENT '2026-11-05, 2026-W47, 2026-11, 2026 or 2026-11-01..2026-12-01',
  period_from   DATE          NOT NULL COMMENT 'first local day',
  period_to     DATE          NOT NULL COMMENT 'local day after the last',
  version       INT           NOT NULL COMMENT '1 scheduled; each run again adds one',
  device_ids    VARCHAR(4000) NULL,
  formats       VARCHAR(16)   NOT NULL,
  sections      VARCHAR(400)  NOT NULL,
  state         VARCHAR(16)   NOT NULL COMMENT 'pending, running, done or failed',
  lease_until   DATETIME(3)   NULL     COMMENT 'UTC: a running job owns it until then; afterwards it is taken up again',
  started_at    DATETIME(3)   NULL,
  finished_at   DATETIME(3)   NULL,
  duration_ms   BIGINT        NULL,
  size_bytes    BIGINT        NULL,
  error         VARCHAR(500)  NULL,
  summary       VARCHAR(500)  NULL     COMMENT 'the email body''s figures',
  created_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_run UNIQUE (definition_id, period_key, version),
  KEY ix_report_run_state (state, lease_until),
  KEY ix_report_run_site (site_id, created_at),
  CONSTRAINT fk_report_run_definition FOREIGN KEY (definition_id) REFERENCES report_definition (id) ON DELETE SET NULL,
  CONSTRAINT fk_report_run_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Kept in the database rather than DATA_DIR: stored in the transaction that finishes the run and writes its
-- emails, so a crash leaves either all of them or none, and every app instance serves them.
CREATE TABLE report_file (
  run_id     BIGINT      NOT NULL,
  format     VARCHAR(8)  NOT NULL COMMENT 'pdf or csv',
  content    LONGBLOB    NOT NULL,
  size_bytes BIGINT      NOT NULL,
  PRIMARY KEY (run_id, format),
  CONSTRAINT fk_report_file_run FOREIGN KEY (run_id) REFERENCES report_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The reports' outbox: one email per run and recipient address.
CREATE TABLE report_email (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  run_id           BIGINT       NOT NULL,
  recipient        VARCHAR(254) NOT NULL COMMENT 'email address',
  state            VARCHAR(16)  NOT NULL COMMENT 'pending, sent or failed',
  due_at           DATETIME(3)  NOT NULL,
  attempts         INT          NOT NULL,
  first_attempt_at DATETIME(3)  NULL,
  last_error       VARCHAR(500) NULL,
  sent_at          DATETIME(3)  NULL,
  created_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_email UNIQUE (run_id, recipient),
  KEY ix_report_email_due (state, due_at),
  CONSTRAINT fk_report_email_run FOREIGN KEY (run_id) REFERENCES report_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
