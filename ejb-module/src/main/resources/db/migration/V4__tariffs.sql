-- Tariffs: what energy costs, by version (validity dates), time of use and monthly tiers, and which
-- tariff applies to a site or a device from which date. Dates and times of day are local to the
-- device whose energy they price. Prices are exact DECIMALs, never rounded when stored.

CREATE TABLE tariff (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  name       VARCHAR(200) NOT NULL,
  currency   CHAR(3)      NOT NULL COMMENT 'ISO 4217 code, e.g. EUR; all versions price in it',
  owner_id   BIGINT       NULL COMMENT 'app_user.id of the creator, who sees it (as do administrators)',
  created_at DATETIME(3)  NOT NULL COMMENT 'UTC',
  updated_at DATETIME(3)  NOT NULL COMMENT 'UTC',
  version    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_tariff_owner (owner_id),
  CONSTRAINT fk_tariff_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The versions of one tariff do not overlap (checked by the application; a PUT replaces them all).
CREATE TABLE tariff_version (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  tariff_id               BIGINT        NOT NULL,
  valid_from              DATE          NOT NULL COMMENT 'local date, inclusive',
  valid_to                DATE          NULL COMMENT 'local date, exclusive; NULL: open-ended',
  standing_charge_per_day DECIMAL(16,6) NOT NULL COMMENT 'per local day, whatever the energy',
  default_price_per_kwh   DECIMAL(16,6) NOT NULL COMMENT 'outside every time-of-use window',
  PRIMARY KEY (id),
  KEY ix_tariff_version_tariff (tariff_id, valid_from),
  CONSTRAINT fk_tariff_version_tariff FOREIGN KEY (tariff_id) REFERENCES tariff (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Time-of-use windows of a version; they do not overlap. A window with end_minute < start_minute
-- wraps past midnight and belongs to the day it starts on.
CREATE TABLE tariff_rate (
  version_id    BIGINT        NOT NULL,
  position      INT           NOT NULL COMMENT 'order as the client gave them',
  days          VARCHAR(40)   NOT NULL COMMENT 'e.g. MON-FRI, SAT,SUN, MON,WED-FRI or ALL: days on which the window starts',
  start_minute  SMALLINT      NOT NULL COMMENT 'local time as minutes after midnight, inclusive; a quarter hour (0-1425)',
  end_minute    SMALLINT      NOT NULL COMMENT 'local time as minutes after midnight, exclusive; a quarter hour (0-1440)',
  price_per_kwh DECIMAL(16,6) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_tariff_rate_version FOREIGN KEY (version_id) REFERENCES tariff_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Monthly tiers of a version, ascending: a device's energy of the local calendar month up to
-- up_to_kwh at price_per_kwh; beyond the last limit the time-of-use price applies.
CREATE TABLE tariff_tier (
  version_id    BIGINT        NOT NULL,
  position      INT           NOT NULL COMMENT 'ascending by up_to_kwh',
  up_to_kwh     DECIMAL(16,6) NULL COMMENT 'cumulative limit within the month; NULL (last tier only): the rest',
  price_per_kwh DECIMAL(16,6) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_tariff_tier_version FOREIGN KEY (version_id) REFERENCES tariff_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- From valid_from on (until the next row of the same site or device) the tariff applies. A device's
-- own row wins over its site's; a row without a tariff means none on that level from that date.
-- Deleting a site or device takes its rows along; a tariff that rows still name cannot be deleted.
CREATE TABLE tariff_assignment (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  site_id     BIGINT      NULL COMMENT 'site.id, for a site''s assignment (then device_id is NULL)',
  device_id   BIGINT      NULL COMMENT 'device.id (the row id), for a device''s own assignment (then site_id is NULL)',
  valid_from  DATE        NOT NULL COMMENT 'local date from which it applies',
  tariff_id   BIGINT      NULL COMMENT 'NULL: no tariff on this level from valid_from',
  assigned_at DATETIME(3) NOT NULL COMMENT 'UTC',
  assigned_by BIGINT      NULL COMMENT 'app_user.id',
  PRIMARY KEY (id),
  CONSTRAINT uk_tariff_assignment_site UNIQUE (site_id, valid_from),
  CONSTRAINT uk_tariff_assignment_device UNIQUE (device_id, valid_from),
  KEY ix_tariff_assignment_tariff (tariff_id),
  CONSTRAINT ck_tariff_assignment_subject CHECK ((site_id IS NULL) <> (device_id IS NULL)),
  CONSTRAINT fk_tariff_assignment_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
  CONSTRAINT fk_tariff_assignment_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE,
  CONSTRAINT fk_tariff_assignment_tariff FOREIGN KEY (tariff_id) REFERENCES tariff (id),
  CONSTRAINT fk_tariff_assignment_user FOREIGN KEY (assigned_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
