-- One re-roll of a device at a time across app-server instances: a re-roll's transaction first locks its
-- device's row here (inserted on first use), and the lock ends with the transaction. Not the device row itself:
-- the ingest writer updates that (last_seen_at) with every batch and would wait for re-rolls. No foreign key: its
-- check would share-lock the device row too; a deleted device's row is 8 bytes that nobody locks again.
CREATE TABLE rollup_lock (
  device_id BIGINT NOT NULL COMMENT 'device.id',
  PRIMARY KEY (device_id)
) ENGINE = InnoDB;
