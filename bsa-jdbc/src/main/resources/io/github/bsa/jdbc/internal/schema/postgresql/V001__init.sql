-- bsa statement store, PostgreSQL. Row-level security on tenant_id is a second line of defence:
-- the store sets bsa.tenant_id per transaction (set_config(..., true)). Every table carries tenant_id and every query filters on it.
-- Statements end with ';' at the end of a line (the migrator splits on that).
CREATE TABLE bsa_import (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  source_sha256   TEXT COLLATE "C" NOT NULL,
  format          TEXT    NOT NULL,
  imported_at     BIGINT  NOT NULL,
  statement_count BIGINT  NOT NULL,
  PRIMARY KEY (tenant_id, source_sha256)
);

CREATE TABLE bsa_statement (
  tenant_id         TEXT COLLATE "C" NOT NULL,
  statement_id      TEXT COLLATE "C" NOT NULL,
  source_sha256     TEXT COLLATE "C" NOT NULL,
  seq               BIGINT  NOT NULL,
  format            TEXT    NOT NULL,
  account_key       TEXT COLLATE "C" NOT NULL,
  imported_at       BIGINT  NOT NULL,
  transaction_count BIGINT  NOT NULL,
  body              TEXT    NOT NULL,
  PRIMARY KEY (tenant_id, statement_id),
  FOREIGN KEY (tenant_id, source_sha256) REFERENCES bsa_import (tenant_id, source_sha256)
);
CREATE INDEX bsa_statement_source ON bsa_statement (tenant_id, source_sha256);

CREATE TABLE bsa_transaction (
  tenant_id            TEXT COLLATE "C" NOT NULL,
  account_key          TEXT COLLATE "C" NOT NULL,
  txn_id               TEXT COLLATE "C" NOT NULL,
  statement_id         TEXT COLLATE "C" NOT NULL,
  seq                  BIGINT  NOT NULL,
  txn_date             DATE,
  booking_date         DATE,
  value_date           DATE,
  amount               NUMERIC NOT NULL,
  amount_e4            BIGINT  NOT NULL,
  currency             TEXT,
  description          TEXT    NOT NULL,
  counterparty         TEXT,
  counterparty_account TEXT,
  reference            TEXT,
  end_to_end_id        TEXT,
  type_code            TEXT,
  category             TEXT,
  balance              NUMERIC,
  attributes           TEXT    NOT NULL,
  search_text          TEXT    NOT NULL,
  PRIMARY KEY (tenant_id, account_key, txn_id)
);
CREATE INDEX bsa_transaction_date ON bsa_transaction (tenant_id, txn_date);
CREATE INDEX bsa_transaction_statement ON bsa_transaction (tenant_id, statement_id);

CREATE TABLE bsa_statement_transaction (
  tenant_id    TEXT COLLATE "C" NOT NULL,
  statement_id TEXT COLLATE "C" NOT NULL,
  account_key  TEXT COLLATE "C" NOT NULL,
  txn_id       TEXT COLLATE "C" NOT NULL,
  seq          BIGINT  NOT NULL,
  PRIMARY KEY (tenant_id, statement_id, account_key, txn_id)
);
CREATE INDEX bsa_statement_transaction_txn ON bsa_statement_transaction (tenant_id, account_key, txn_id);

ALTER TABLE bsa_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE bsa_import FORCE ROW LEVEL SECURITY;
CREATE POLICY bsa_import_tenant ON bsa_import
  USING (tenant_id = current_setting('bsa.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('bsa.tenant_id', true));
ALTER TABLE bsa_statement ENABLE ROW LEVEL SECURITY;
ALTER TABLE bsa_statement FORCE ROW LEVEL SECURITY;
CREATE POLICY bsa_statement_tenant ON bsa_statement
  USING (tenant_id = current_setting('bsa.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('bsa.tenant_id', true));
ALTER TABLE bsa_transaction ENABLE ROW LEVEL SECURITY;
ALTER TABLE bsa_transaction FORCE ROW LEVEL SECURITY;
CREATE POLICY bsa_transaction_tenant ON bsa_transaction
  USING (tenant_id = current_setting('bsa.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('bsa.tenant_id', true));
ALTER TABLE bsa_statement_transaction ENABLE ROW LEVEL SECURITY;
ALTER TABLE bsa_statement_transaction FORCE ROW LEVEL SECURITY;
CREATE POLICY bsa_statement_transaction_tenant ON bsa_statement_transaction
  USING (tenant_id = current_setting('bsa.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('bsa.tenant_id', true));
