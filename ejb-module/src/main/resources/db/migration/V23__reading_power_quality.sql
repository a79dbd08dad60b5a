-- Power factor, apparent power (VA) and reactive power (var), as Tasmota's Factor/ApparentPower/ReactivePower and
-- Shelly's emeter pf / em aprt_power report them. Nullable: most devices never send them.
ALTER TABLE reading
  ADD COLUMN power_factor DOUBLE NULL COMMENT '-1..1',
  ADD COLUMN apparent_power_va DOUBLE NULL,
  ADD COLUMN reactive_power_var DOUBLE NULL;
