-- The locale a user reads numbers in (reports' PDFs and emails); null: the platform's REPORTS_LOCALE.
ALTER TABLE app_user ADD COLUMN locale VARCHAR(35) NULL AFTER timezone;
-- A report email to a user whose locale is not the run's carries its own PDF (the run's file is in REPORTS_LOCALE).
ALTER TABLE report_email ADD COLUMN pdf LONGBLOB NULL AFTER download_until;
