-- Digests and the daily digest preference. A held email (quiet hours, or a user who takes one email a day)
-- is a notification row marked with its digest kind; when it is due, the worker gathers a recipient's held
-- emails of that due time into one notification_digest row (unique per recipient x due time, so two
-- instances cannot both make it) and sends them as one email, marking the digest and its members sent in
-- one transaction.
ALTER TABLE notification
  ADD COLUMN digest    VARCHAR(8) NULL COMMENT 'quiet or daily: goes in one email with the others due then; null: alone',
  ADD COLUMN digest_id BIGINT     NULL COMMENT 'notification_digest.id once gathered into one';

CREATE TABLE notification_digest (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  recipient        VARCHAR(64)  NOT NULL COMMENT 'user:{id}',
  kind             VARCHAR(8)   NOT NULL COMMENT 'quiet (held through quiet hours) or daily',
  planned_at       DATETIME(3)  NOT NULL COMMENT 'UTC: the due time its members were held until',
  state            VARCHAR(16)  NOT NULL COMMENT 'pending, sent or failed',
  due_at           DATETIME(3)  NOT NULL COMMENT 'UTC: not before (lease, back-off)',
  attempts         INT          NOT NULL,
  first_attempt_at DATETIME(3)  NULL,
  last_error       VARCHAR(500) NULL,
  sent_at          DATETIME(3)  NULL,
  created_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_notification_digest UNIQUE (recipient, planned_at),
  KEY ix_notification_digest_due (state, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE notification
  ADD KEY ix_notification_held (state, digest, digest_id, due_at),
  ADD CONSTRAINT fk_notification_digest FOREIGN KEY (digest_id) REFERENCES notification_digest (id) ON DELETE SET NULL;

ALTER TABLE notification_preference
  ADD COLUMN digest_at TIME NULL COMMENT 'local time of the daily digest in the user''s zone; null: 07:00' AFTER daily_digest;
