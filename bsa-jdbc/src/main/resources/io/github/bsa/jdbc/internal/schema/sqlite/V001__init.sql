-- bsa statement store, SQLite. Every table carries tenant_id and every query filters on it.
-- Statements end with ';' at the end of a line (the migrator splits on that).
CREATE TABLE bsa_import (
  tenant_id       TEXT    NOT NULL,
  source_sha256   TEXT    NOT NULL,
  format          TEXT    NOT NULL,
  imported_at     INTEGER NOT NULL,
  statement_count INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, source_sha256)
);

CREATE TABLE bsa_statement (
  tenant_id         TEXT    NOT NULL,
  statement_id      TEXT    NOT NULL,
  source_sha256     TEXT    NOT NULL,
  seq               INTEGER NOT NULL,
  format            TEXT    NOT NULL,
  account_key       TEXT    NOT NULL,
  imported_at       INTEGER NOT NULL,
  transaction_count INTEGER NOT NULL,
  body              TEXT    NOT NULL,
  PRIMARY KEY (tenant_id, statement_id),
  FOREIGN KEY (tenant_id, source_sha256) REFERENCES bsa_import (tenant_id, source_sha256)
);
CREATE INDEX bsa_statement_source ON bsa_statement (tenant_id, source_sha256);

CREATE TABLE bsa_transaction (
  tenant_id            TEXT    NOT NULL,
  account_key          TEXT    NOT NULL,
  txn_id               TEXT    NOT NULL,
  statement_id         TEXT    NOT NULL,
  seq                  INTEGER NOT NULL,
  txn_date             TEXT,
  booking_date         TEXT,
  value_date           TEXT,
  amount               TEXT    NOT NULL,
  amount_e4            INTEGER NOT NULL,
  currency             TEXT,
  description          TEXT    NOT NULL,
  counterparty         TEXT,
  counterparty_account TEXT,
  reference            TEXT,
  end_to_end_id        TEXT,
  type_code            TEXT,
  category             TEXT,
  balance              TEXT,
  attributes           TEXT    NOT NULL,
  search_text          TEXT    NOT NULL,
  PRIMARY KEY (tenant_id, account_key, txn_id)
);
CREATE INDEX bsa_transaction_date ON bsa_transaction (tenant_id, txn_date);
CREATE INDEX bsa_transaction_statement ON bsa_transaction (tenant_id, statement_id);

CREATE TABLE bsa_statement_transaction (
  tenant_id    TEXT    NOT NULL,
  statement_id TEXT    NOT NULL,
  account_key  TEXT    NOT NULL,
  txn_id       TEXT    NOT NULL,
  seq          INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, statement_id, account_key, txn_id)
);
CREATE INDEX bsa_statement_transaction_txn ON bsa_statement_transaction (tenant_id, account_key, txn_id);
