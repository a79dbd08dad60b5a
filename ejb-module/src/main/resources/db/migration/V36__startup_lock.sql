-- What the instances of a deployment group must do once, on the first start of all (the first token signing key,
-- the first administrator): each instance's startup transaction locks the step's row here first (inserted on first
-- use), so an instance starting beside another waits for the other's commit and then finds the work done.
CREATE TABLE startup_lock (
  step VARCHAR(60) NOT NULL,
  PRIMARY KEY (step)
) ENGINE = InnoDB;
