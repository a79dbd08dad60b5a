-- Devices: the API and MQTT address a device by device_id; everything else joins on the surrogate id.
CREATE TABLE device (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  device_id    VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
  name         VARCHAR(200) NOT NULL,
  type         VARCHAR(40)  NULL,
  location     VARCHAR(200) NULL,
  timezone     VARCHAR(64)  NOT NULL DEFAULT 'UTC',
  created_at   DATETIME(3)  NOT NULL COMMENT 'UTC',
  updated_at   DATETIME(3)  NOT NULL COMMENT 'UTC',
  last_seen_at DATETIME(3)  NULL     COMMENT 'UTC, when the platform last stored a reading of it',
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_device_device_id UNIQUE (device_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Readings, partitioned by month of ts. Partitions are added ahead and dropped past retention by
-- ReadingPartitions; this first one only anchors the scheme (nothing before 1970 is accepted).
-- No foreign key: MariaDB does not allow them on partitioned tables.
CREATE TABLE reading (
  device_id     BIGINT NOT NULL COMMENT 'device.id',
  ts            BIGINT NOT NULL COMMENT 'epoch milliseconds, UTC',
  power_w       DOUBLE NULL,
  voltage_v     DOUBLE NULL,
  current_a     DOUBLE NULL,
  energy_wh     DOUBLE NULL COMMENT 'the counter as the meter reported it',
  temperature_c DOUBLE NULL,
  PRIMARY KEY (device_id, ts),
  KEY ix_reading_ts (ts)
) ENGINE = InnoDB
  PARTITION BY RANGE (ts) (PARTITION p_before_1970 VALUES LESS THAN (0));

-- Every message or reading the platform refused, with the reason: nothing is dropped silently.
CREATE TABLE rejected_message (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  received_at DATETIME(3)   NOT NULL COMMENT 'UTC',
  source      VARCHAR(8)    NOT NULL COMMENT 'mqtt or http',
  topic       VARCHAR(255)  NULL,
  device_id   VARCHAR(64)   NULL COLLATE utf8mb4_bin,
  reason      VARCHAR(1000) NOT NULL,
  excerpt     VARCHAR(512)  NULL,
  PRIMARY KEY (id),
  KEY ix_rejected_message_received (received_at),
  KEY ix_rejected_message_device (device_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
