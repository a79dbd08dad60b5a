-- When an external recipient's confirmation link was (last) sent: it expires after reports.confirm-link-valid-for,
-- and an expired one can be sent again (a new token) from the page the old link opens.
ALTER TABLE report_recipient ADD COLUMN link_sent_at DATETIME(3) NULL AFTER token_hash;
UPDATE report_recipient SET link_sent_at = created_at;
ALTER TABLE report_recipient MODIFY link_sent_at DATETIME(3) NOT NULL;
