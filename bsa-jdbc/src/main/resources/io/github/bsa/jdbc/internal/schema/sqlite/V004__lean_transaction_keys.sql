-- Ingest speed (issue 15, docs/adr/0230): every transaction row paid seven B-tree inserts (the
-- rowid tables of bsa_transaction and bsa_statement_transaction, their primary-key indexes, the date
-- and statement indexes, the membership's transaction index). Both tables become WITHOUT ROWID
-- tables clustered on their primary key, and the three secondary indexes go:
-- - bsa_transaction_statement: deletes of a statement now find its rows by the primary-key prefix
--   (tenant_id, account_key) of the statement's account and filter on statement_id;
-- - bsa_statement_transaction_txn: the membership key is now (tenant_id, account_key, txn_id,
--   statement_id), so "does another statement hold this transaction" is a primary-key prefix;
-- - bsa_transaction_date: a date window is filtered within the tenant's primary-key range (the
--   ORDER BY needs a sort in either case); a host whose tenants hold millions of rows and query
--   narrow windows may add it back: CREATE INDEX bsa_transaction_date ON bsa_transaction
--   (tenant_id, txn_date).
-- Columns keep their names and order. No table references these two.
CREATE TABLE bsa_transaction_v4 (
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
) WITHOUT ROWID;
INSERT INTO bsa_transaction_v4 (tenant_id, account_key, txn_id, statement_id, seq, txn_date,
  booking_date, value_date, amount, amount_e4, currency, description, counterparty,
  counterparty_account, reference, end_to_end_id, type_code, category, balance, attributes,
  search_text)
  SELECT tenant_id, account_key, txn_id, statement_id, seq, txn_date, booking_date, value_date,
    amount, amount_e4, currency, description, counterparty, counterparty_account, reference,
    end_to_end_id, type_code, category, balance, attributes, search_text FROM bsa_transaction;
DROP TABLE bsa_transaction;
ALTER TABLE bsa_transaction_v4 RENAME TO bsa_transaction;

CREATE TABLE bsa_statement_transaction_v4 (
  tenant_id    TEXT    NOT NULL,
  statement_id TEXT    NOT NULL,
  account_key  TEXT    NOT NULL,
  txn_id       TEXT    NOT NULL,
  seq          INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, account_key, txn_id, statement_id)
) WITHOUT ROWID;
INSERT INTO bsa_statement_transaction_v4 (tenant_id, statement_id, account_key, txn_id, seq)
  SELECT tenant_id, statement_id, account_key, txn_id, seq FROM bsa_statement_transaction;
DROP TABLE bsa_statement_transaction;
ALTER TABLE bsa_statement_transaction_v4 RENAME TO bsa_statement_transaction;
