-- Alerts and notifications. Every decision that must happen once is a row with a unique key, written in
-- the transaction that decides it; what it causes (an email, a webhook call) is done afterwards from the row.

CREATE TABLE alert_rule (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  owner_id             BIGINT        NOT NULL COMMENT 'app_user.id of who made it',
  site_id              BIGINT        NOT NULL COMMENT 'site.id: the rule watches this site',
  device_id            BIGINT        NULL     COMMENT 'device.id; null: each device of the site (budget: the site total)',
  name                 VARCHAR(120)  NOT NULL,
  type                 VARCHAR(16)   NOT NULL COMMENT 'offline, threshold or budget',
  severity             VARCHAR(16)   NOT NULL COMMENT 'info, warning or critical',
  enabled              BOOLEAN       NOT NULL,
  after_minutes        INT           NULL     COMMENT 'offline: silence allowed; null: 3 x the usual interval, at least 5',
  remind_every_minutes INT           NULL     COMMENT 'offline: reminders while it lasts; 0: none',
  quantity             VARCHAR(16)   NULL     COMMENT 'threshold: power, voltage, current or temperature',
  above                BOOLEAN       NULL     COMMENT 'threshold: true above the bound, false below',
  bound                DOUBLE        NULL     COMMENT 'threshold: in the quantity''s unit',
  for_minutes          INT           NULL     COMMENT 'threshold: held at least this long; 0: any single reading',
  budget_measure       VARCHAR(8)    NULL     COMMENT 'budget: energy (Wh) or cost (tariff currency)',
  budget_amount        DECIMAL(18,4) NULL,
  budget_period        VARCHAR(8)    NULL     COMMENT 'budget: day, week or month of the site''s zone',
  warn_percent         INT           NULL     COMMENT 'budget: the warning level',
  created_at           DATETIME(3)   NOT NULL COMMENT 'UTC',
  updated_at           DATETIME(3)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  KEY ix_alert_rule_site (site_id),
  CONSTRAINT fk_alert_rule_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
  CONSTRAINT fk_alert_rule_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per episode. active is 1 while open or acknowledged and NULL once resolved, so the unique key
-- allows one active alert per rule and subject however evaluations race, and any number resolved.
CREATE TABLE alert (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  rule_id          BIGINT       NOT NULL COMMENT 'alert_rule.id',
  site_id          BIGINT       NOT NULL COMMENT 'site.id',
  device_id        BIGINT       NULL     COMMENT 'device.id; null: the site''s total',
  subject_key      BIGINT       NOT NULL COMMENT 'device.id, or 0 for the site''s total',
  active           TINYINT      NULL     COMMENT '1 while not resolved, else NULL',
  type             VARCHAR(16)  NOT NULL,
  severity         VARCHAR(16)  NOT NULL,
  state            VARCHAR(16)  NOT NULL COMMENT 'open, acknowledged or resolved',
  subject_name     VARCHAR(200) NOT NULL COMMENT 'the device or site as named when it opened',
  since_at         DATETIME(3)  NOT NULL COMMENT 'UTC: when the condition began (the last reading, the first breach)',
  observed         DOUBLE       NULL     COMMENT 'the value that tells it: max or min reading, energy or cost so far',
  openings         INT          NOT NULL COMMENT '1, and one more each time it reopens within 10 minutes',
  reminders        INT          NOT NULL COMMENT 'reminders sent so far',
  next_reminder_at DATETIME(3)  NULL     COMMENT 'UTC',
  opened_at        DATETIME(3)  NOT NULL COMMENT 'UTC',
  acknowledged_at  DATETIME(3)  NULL,
  acknowledged_by  BIGINT       NULL     COMMENT 'app_user.id',
  resolved_at      DATETIME(3)  NULL,
  resolved_by      BIGINT       NULL     COMMENT 'app_user.id; null: resolved by itself',
  PRIMARY KEY (id),
  CONSTRAINT uk_alert_active UNIQUE (rule_id, subject_key, active),
  KEY ix_alert_site (site_id, opened_at),
  KEY ix_alert_reminder (active, next_reminder_at),
  CONSTRAINT fk_alert_rule FOREIGN KEY (rule_id) REFERENCES alert_rule (id) ON DELETE CASCADE,
  CONSTRAINT fk_alert_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The outbox: a row per alert x event x channel x recipient, written with the alert change; a worker sends it.
CREATE TABLE notification (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  alert_id         BIGINT       NOT NULL COMMENT 'alert.id',
  event            VARCHAR(24)  NOT NULL COMMENT 'opened, reopened-2, reminder-1, warning, resolved, ...',
  channel          VARCHAR(16)  NOT NULL COMMENT 'email, webhook, sms or portal',
  recipient        VARCHAR(64)  NOT NULL COMMENT 'user:{id} or webhook:{id}',
  state            VARCHAR(16)  NOT NULL COMMENT 'pending, sending, sent or failed',
  due_at           DATETIME(3)  NOT NULL COMMENT 'UTC: not before (quiet hours, back-off)',
  attempts         INT          NOT NULL,
  first_attempt_at DATETIME(3)  NULL,
  last_error       VARCHAR(500) NULL,
  sent_at          DATETIME(3)  NULL,
  created_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_notification UNIQUE (alert_id, event, channel, recipient),
  KEY ix_notification_due (state, due_at),
  CONSTRAINT fk_notification_alert FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE notification_preference (
  user_id           BIGINT      NOT NULL COMMENT 'app_user.id',
  email_min         VARCHAR(16) NULL     COMMENT 'lowest severity emailed; null: none',
  webhook_min       VARCHAR(16) NULL,
  sms_min           VARCHAR(16) NULL,
  portal_min        VARCHAR(16) NULL,
  phone             VARCHAR(32) NULL     COMMENT 'E.164, for SMS',
  quiet_from        TIME        NULL     COMMENT 'local time in the user''s zone',
  quiet_to          TIME        NULL,
  daily_digest      BOOLEAN     NOT NULL COMMENT 'one email a day instead of single ones (critical still at once)',
  unsubscribe_token VARCHAR(64) NOT NULL COMMENT 'for the link in every email, works without signing in',
  updated_at        DATETIME(3) NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT uk_notification_preference_token UNIQUE (unsubscribe_token),
  CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE webhook (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    BIGINT       NOT NULL COMMENT 'app_user.id',
  url        VARCHAR(500) NOT NULL,
  secret     VARCHAR(64)  NOT NULL COMMENT 'HMAC-SHA256 key of X-Energy-Signature',
  failing    BOOLEAN      NOT NULL COMMENT 'a notification gave up on it; shown to the user',
  created_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_webhook_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
