-- Background jobs (issue 7): a persistent queue claimed with one UPDATE ... RETURNING
-- (SQLite 3.35+). Timestamps are epoch milliseconds (UTC); booleans are 0/1.
CREATE TABLE bsa_job (
  id               TEXT    NOT NULL PRIMARY KEY,
  tenant_id        TEXT    NOT NULL,
  state            TEXT    NOT NULL
                   CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER NOT NULL,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  run_at           INTEGER NOT NULL,
  started_at       INTEGER,
  finished_at      INTEGER,
  lease_owner      TEXT,
  lease_expires_at INTEGER,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  error_code       TEXT,
  error_message    TEXT,
  result_ref       TEXT,
  file_name        TEXT,
  format           TEXT,
  date_order       TEXT,
  charset          TEXT,
  format_options   TEXT    NOT NULL DEFAULT '',
  run_analysis     INTEGER NOT NULL DEFAULT 0,
  payload          BLOB    NOT NULL
);
CREATE INDEX bsa_job_queue_idx ON bsa_job (run_at, created_at) WHERE state = 'QUEUED';
CREATE INDEX bsa_job_lease_idx ON bsa_job (lease_expires_at) WHERE state = 'RUNNING';
CREATE INDEX bsa_job_tenant_idx ON bsa_job (tenant_id, created_at);
