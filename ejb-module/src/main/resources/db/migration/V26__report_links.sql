-- When an external recipient's confirmation link was (last) sent: it expires after reports.confirm-link-valid-for,
-- and an expired one can be sent again (a new token) from the page the old link opens.
ALTER TABLE report_recipient ADD COLUMN link_sent_at DATETIME(3) NULL AFTER token_hash;
UPDATE report_recipient SET link_sent_at = created_at;
ALTER TABLE report_recipient MODIFY link_sent_at DATETIME(3) NOT NULL;

-- Emails whose files are too large to attach carry a download link that works without signing in (external
-- recipients have no account): a random token per email, kept only as its SHA-256, valid until download_until.
ALTER TABLE report_email
  ADD COLUMN download_token_hash CHAR(64) NULL AFTER recipient,
  ADD COLUMN download_until DATETIME(3) NULL AFTER download_token_hash,
  ADD CONSTRAINT uk_report_email_download UNIQUE (download_token_hash);
