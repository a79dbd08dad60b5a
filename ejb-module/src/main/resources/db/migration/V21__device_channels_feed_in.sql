-- Channels (issue 17): a relay, phase or emeter of a multi-channel device, and the energy a meter
-- exports to the grid, are each a device row of their own under the device ({deviceId}:{channel}), so
-- the metering (resets, rollovers, replacements, rollups) tracks each as it does any device. A ':' is
-- never in a registered id, so a channel's id cannot be taken, nor used to sign in to the broker.
ALTER TABLE device
  MODIFY COLUMN device_id VARCHAR(80) NOT NULL COLLATE utf8mb4_bin,
  ADD COLUMN parent_id BIGINT      NULL COMMENT 'device.id this is a channel of',
  ADD COLUMN channel   VARCHAR(16) NULL COMMENT 'export, a phase (a, b, c) or a channel number',
  ADD KEY ix_device_parent (parent_id);

-- Solar: what an exported kWh earns; a day's cost is then import cost minus export credit.
ALTER TABLE tariff_version
  ADD COLUMN feed_in_price_per_kwh DECIMAL(16,6) NULL COMMENT 'credit per kWh exported to the grid; null: none' AFTER default_price_per_kwh;
