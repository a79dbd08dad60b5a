-- Anomaly detection: unusual hours against a per-device baseline (median and MAD per weekday/weekend local
-- hour over eight weeks of complete hourly rollups), and night-time base-load creep.

ALTER TABLE alert_rule
  ADD COLUMN k        DOUBLE NULL COMMENT 'anomaly: how many MADs from the median an hour must lie' AFTER warn_percent,
  ADD COLUMN floor_wh DOUBLE NULL COMMENT 'anomaly: and at least this many Wh' AFTER k;

ALTER TABLE alert
  ADD COLUMN period_end_at DATETIME(3)  NULL COMMENT 'UTC; anomaly and base_load: the end of the period judged (since_at its start)' AFTER since_at,
  ADD COLUMN expected      DOUBLE       NULL COMMENT 'anomaly: the baselines'' Wh; base_load: the usual night base load in W' AFTER observed,
  ADD COLUMN note          VARCHAR(200) NULL COMMENT 'why it resolved, when not by itself (data that changed)' AFTER expected;

-- The unusual hours found, per device: left out of later baselines, and the portal's marks.
CREATE TABLE anomaly_hour (
  device_id     BIGINT     NOT NULL COMMENT 'device.id',
  hour_start_ts BIGINT     NOT NULL COMMENT 'epoch ms UTC of the local hour',
  kind          VARCHAR(8) NOT NULL COMMENT 'high or low',
  actual_wh     DOUBLE     NOT NULL,
  expected_wh   DOUBLE     NOT NULL,
  PRIMARY KEY (device_id, hour_start_ts),
  CONSTRAINT fk_anomaly_hour_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Each device's current baseline, recomputed nightly by the anomaly-baselines batch job: the portal's band.
CREATE TABLE anomaly_baseline (
  device_id   BIGINT      NOT NULL COMMENT 'device.id',
  slot        TINYINT     NOT NULL COMMENT '0-23 the local hour on weekdays, 24-47 on weekends',
  median_wh   DOUBLE      NOT NULL,
  mad_wh      DOUBLE      NOT NULL,
  samples     INT         NOT NULL,
  computed_at DATETIME(3) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (device_id, slot),
  CONSTRAINT fk_anomaly_baseline_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE = InnoDB;
