-- A definition may send its files as links beyond a lower size than the platform's reports.attachment-limit-bytes
-- (a recipient's mailbox that takes less); NULL: the platform's limit.
ALTER TABLE report_definition ADD COLUMN attachment_limit_bytes BIGINT NULL;
