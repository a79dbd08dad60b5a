-- Budget alerts: one per rule, subject and period (since_at is the period's local start), opened as a warning at
-- warn_percent and escalated once at 100 %, each a notification event of its own.
ALTER TABLE alert
  ADD COLUMN escalated_at DATETIME(3) NULL COMMENT 'UTC; budget: when it reached 100 % (null: a warning still)' AFTER observed,
  ADD COLUMN currency     CHAR(3)     NULL COMMENT 'budget on cost: the tariff''s currency of observed' AFTER escalated_at;
