-- Emails whose files are too large to attach carry a download link that works without signing in (external
-- recipients have no account): a random token per email, kept only as its SHA-256, valid until download_until.
ALTER TABLE report_email
  ADD COLUMN download_token_hash CHAR(64) NULL AFTER recipient,
  ADD COLUMN download_until DATETIME(3) NULL AFTER download_token_hash,
  ADD CONSTRAINT uk_report_email_download UNIQUE (download_token_hash);
