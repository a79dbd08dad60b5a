-- Anomalies of a site's total (issue 15): the hours found unusual in the sum of its devices' hourly energy
-- (channels left out), kept apart from the devices' own: left out of the total's later baselines, and the
-- analytics page's marks.
CREATE TABLE anomaly_site_hour (
  site_id       BIGINT     NOT NULL COMMENT 'site.id',
  hour_start_ts BIGINT     NOT NULL COMMENT 'epoch ms UTC of the local hour',
  kind          VARCHAR(8) NOT NULL COMMENT 'high or low',
  actual_wh     DOUBLE     NOT NULL,
  expected_wh   DOUBLE     NOT NULL,
  PRIMARY KEY (site_id, hour_start_ts),
  CONSTRAINT fk_anomaly_site_hour_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE = InnoDB;
