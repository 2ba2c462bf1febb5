-- Background jobs (issue 7): a persistent queue claimed with SELECT ... FOR UPDATE SKIP LOCKED.
-- Timestamps are epoch milliseconds (UTC) written by the application clock, as in SQLite.
CREATE TABLE bsa_job (
  id               VARCHAR(36)   NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(64)   NOT NULL,
  state            VARCHAR(16)   NOT NULL
                   CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  attempts         INTEGER       NOT NULL DEFAULT 0,
  max_attempts     INTEGER       NOT NULL,
  created_at       BIGINT        NOT NULL,
  updated_at       BIGINT        NOT NULL,
  run_at           BIGINT        NOT NULL,
  started_at       BIGINT,
  finished_at      BIGINT,
  lease_owner      VARCHAR(200),
  lease_expires_at BIGINT,
  cancel_requested BOOLEAN       NOT NULL DEFAULT FALSE,
  error_code       VARCHAR(64),
  error_message    VARCHAR(1000),
  result_ref       VARCHAR(1000),
  file_name        VARCHAR(255),
  format           VARCHAR(32),
  date_order       VARCHAR(32),
  charset          VARCHAR(64),
  format_options   TEXT          NOT NULL DEFAULT '',
  run_analysis     BOOLEAN       NOT NULL DEFAULT FALSE,
  payload          BYTEA         NOT NULL
);
-- the claim query: due queued jobs in order
CREATE INDEX bsa_job_queue_idx ON bsa_job (run_at, created_at) WHERE state = 'QUEUED';
-- the lease sweep
CREATE INDEX bsa_job_lease_idx ON bsa_job (lease_expires_at) WHERE state = 'RUNNING';
-- per-tenant listing
CREATE INDEX bsa_job_tenant_idx ON bsa_job (tenant_id, created_at);
