-- Metering: counter widths, meter events, and the rollups the energy API is served from.

ALTER TABLE device
  ADD COLUMN counter_max_wh DOUBLE NULL COMMENT 'the energy counter''s width in Wh, if it rolls over' AFTER timezone;

ALTER TABLE site
  ADD COLUMN floor_area_m2 DECIMAL(12, 2) NULL COMMENT 'for kWh per square metre' AFTER timezone;

-- Why a number is what it is: replacements declared by users, resets and rollovers detected.
CREATE TABLE meter_event (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  device_id    BIGINT      NOT NULL COMMENT 'device.id',
  ts           BIGINT      NOT NULL COMMENT 'epoch milliseconds, UTC',
  type         VARCHAR(16) NOT NULL COMMENT 'reset, rollover or replacement',
  detected     BOOLEAN     NOT NULL COMMENT 'true: found in the readings; false: declared through the API',
  previous_wh  DOUBLE      NULL,
  new_wh       DOUBLE      NOT NULL COMMENT 'the counter after the event (for a replacement: the new meter''s start)',
  created_at   DATETIME(3) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT uk_meter_event UNIQUE (device_id, ts, type),
  CONSTRAINT fk_meter_event_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Time ranges whose rollups are stale: written by the ingest writer in the same transaction as
-- the readings (so a crash loses no mark), widened in place, deleted once re-rolled. One row per
-- device and UTC day keeps a late reading from last month from widening today's range.
CREATE TABLE rollup_dirty (
  device_id BIGINT NOT NULL COMMENT 'device.id',
  day       BIGINT NOT NULL COMMENT 'UTC day number (epoch ms / 86400000)',
  from_ts   BIGINT NOT NULL COMMENT 'epoch ms, earliest new reading',
  to_ts     BIGINT NOT NULL COMMENT 'epoch ms, latest new reading',
  version   BIGINT NOT NULL DEFAULT 0 COMMENT 'bumped on every widening, so the roller deletes only what it saw',
  PRIMARY KEY (device_id, day)
) ENGINE = InnoDB;

CREATE TABLE rollup_15m (
  device_id     BIGINT         NOT NULL COMMENT 'device.id',
  start_ts      BIGINT         NOT NULL COMMENT 'epoch ms UTC, a multiple of 15 minutes',
  hour_start_ts BIGINT         NOT NULL COMMENT 'epoch ms UTC of the local hour it belongs to',
  local_day     DATE           NOT NULL COMMENT 'the local date it belongs to, in the device''s zone',
  energy_wh     DOUBLE         NOT NULL,
  known_ms      INT            NOT NULL COMMENT 'how much of it has known energy; 900000 = complete',
  samples       INT            NOT NULL,
  power_samples INT            NOT NULL,
  power_sum_w   DOUBLE         NOT NULL,
  power_min_w   DOUBLE         NULL,
  power_max_w   DOUBLE         NULL,
  cost          DECIMAL(24, 12) NULL COMMENT 'energy cost, unrounded; null without a tariff',
  currency      CHAR(3)        NULL,
  price_window  VARCHAR(80)    NULL COMMENT 'the time-of-use window in force',
  PRIMARY KEY (device_id, start_ts),
  KEY ix_rollup_15m_day (device_id, local_day)
) ENGINE = InnoDB;

CREATE TABLE rollup_hour (
  device_id     BIGINT         NOT NULL,
  start_ts      BIGINT         NOT NULL COMMENT 'epoch ms UTC of the local hour',
  local_day     DATE           NOT NULL,
  energy_wh     DOUBLE         NOT NULL,
  known_ms      INT            NOT NULL,
  samples       INT            NOT NULL,
  power_samples INT            NOT NULL,
  power_sum_w   DOUBLE         NOT NULL,
  power_min_w   DOUBLE         NULL,
  power_max_w   DOUBLE         NULL,
  cost          DECIMAL(24, 12) NULL,
  currency      CHAR(3)        NULL,
  PRIMARY KEY (device_id, start_ts)
) ENGINE = InnoDB;

CREATE TABLE rollup_day (
  device_id     BIGINT         NOT NULL,
  local_day     DATE           NOT NULL COMMENT 'in the device''s zone; its length (23-25 h) comes from the zone',
  energy_wh     DOUBLE         NOT NULL,
  known_ms      BIGINT         NOT NULL,
  samples       INT            NOT NULL,
  power_samples INT            NOT NULL,
  power_sum_w   DOUBLE         NOT NULL,
  power_min_w   DOUBLE         NULL,
  power_max_w   DOUBLE         NULL,
  cost          DECIMAL(24, 12) NULL COMMENT 'energy cost only; standing charges are added when read',
  currency      CHAR(3)        NULL,
  PRIMARY KEY (device_id, local_day)
) ENGINE = InnoDB;
