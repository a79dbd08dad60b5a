-- Which app-server instance runs a scheduled job's rounds (rollups, partition maintenance, alert checks, reports,
-- the nightly baselines). An instance runs a round only while it holds the job's lease: it takes one that is free
-- or run out, renews its own, and a dead holder's lease runs out after cluster.timer-lease-seconds. Times are the
-- database's clock (UTC_TIMESTAMP), so the instances' clocks need not agree.
CREATE TABLE schedule_lease (
  job        VARCHAR(60)  NOT NULL,
  holder     VARCHAR(200) NOT NULL COMMENT 'host/instance/pid-jvm of the holding JVM',
  taken_at   DATETIME(3)  NOT NULL COMMENT 'UTC, when this holder took it',
  expires_at DATETIME(3)  NOT NULL COMMENT 'UTC, free to take from then on',
  PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
