-- A Shelly's further relays and emeters ({id}:1, {id}:2) meter circuits of their own beside channel 0 (the device
-- row itself): a Plus 2PM's second relay, a Gen1 3EM's phases B and C. A site's totals add them, and their export
-- ({id}:export1). A three-phase meter's phases ({id}:a..c) and Tasmota's per-phase elements ({id}:1..n beside the
-- device's own sum) are parts of a total already counted, and do not add.
ALTER TABLE device
  ADD COLUMN adds_to_site BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'a channel counted in its site''s totals';

UPDATE device c JOIN device p ON p.id = c.parent_id
   SET c.adds_to_site = TRUE
 WHERE p.protocol IN ('shelly-gen1', 'shelly-gen2') AND c.channel REGEXP '^(export)?[0-9]+$';
