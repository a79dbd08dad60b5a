-- Device families (issue 17): the topics and payloads a device speaks, what its own telemetry keys
-- mean, and what it last said of its availability (Tasmota LWT, Shelly online), which counts at once.
ALTER TABLE device
  ADD COLUMN protocol           VARCHAR(16)   NOT NULL DEFAULT 'native' COMMENT 'native, tasmota, shelly-gen1, shelly-gen2, thingsboard',
  ADD COLUMN key_mapping        VARCHAR(1000) NULL     COMMENT 'device key=quantity*factor, comma separated',
  ADD COLUMN reported_online    BOOLEAN       NULL     COMMENT 'last availability the device reported itself',
  ADD COLUMN reported_online_at DATETIME(3)   NULL     COMMENT 'UTC, when it reported it';
