-- Invitations and personal time zones (issue 6). An invited account has no password until its
-- owner opens the emailed link (a user_token with purpose 'invite') and chooses one.
ALTER TABLE app_user
  MODIFY COLUMN password_hash VARCHAR(255) NULL COMMENT 'NULL while an invitation is pending',
  ADD COLUMN timezone VARCHAR(64) NOT NULL DEFAULT 'UTC' COMMENT 'IANA zone the portal shows times in' AFTER last_name;
ALTER TABLE user_token MODIFY COLUMN purpose VARCHAR(16) NOT NULL COMMENT 'reset, verify or invite';
