-- When each definition's first unplanned period is due, so the report timer reads only the definitions past it
-- (10,000 definitions need not be locked and looked at every round). Rows from before start due at once, and
-- the timer then sets the real time.
ALTER TABLE report_definition
  ADD COLUMN next_due_at DATETIME(3) NOT NULL DEFAULT '1970-01-01 00:00:00.000'
    COMMENT 'UTC: when the period from next_period_start is due' AFTER next_period_start,
  ADD KEY ix_report_definition_due (enabled, next_due_at);
