-- Which job execution holds a running report run: a job renews the lease of its runs after each chunk only while
-- it still holds them, and leaves alone a run another job took up after its lease ran out.
ALTER TABLE report_run ADD COLUMN lease_holder VARCHAR(36) NULL AFTER lease_until;
