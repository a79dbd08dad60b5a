-- A report email to a user who chose a locale is written in its language: the locale and the summary in it, kept
-- on the outbox row so a resend reads the same; null: the platform's REPORTS_LOCALE and the run's summary.
ALTER TABLE report_email ADD COLUMN locale VARCHAR(35) NULL, ADD COLUMN summary VARCHAR(500) NULL;
