-- What an app-server instance changed that the others keep in memory (a device's route on the ingest path, a
-- user's roles, the roles' permissions, the settings): each instance asks every second for the rows written since
-- it last asked and forgets those entries. Rows older than an hour are deleted by whichever instance asks.
CREATE TABLE cache_eviction (
  id    BIGINT       NOT NULL AUTO_INCREMENT,
  cache VARCHAR(40)  NOT NULL COMMENT 'which cache: devices, user-roles, roles, settings',
  item  VARCHAR(200) NOT NULL COMMENT 'which entry of it, * for all',
  at    DATETIME(3)  NOT NULL COMMENT 'UTC, the database clock',
  PRIMARY KEY (id),
  KEY ix_cache_eviction_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
