-- Ingest speed (issue 15, docs/adr/0230): every transaction row updated seven structures (two heaps,
-- the two primary keys, the date and statement indexes, the membership's transaction index). The
-- three secondary indexes go, and the membership key is reordered so that "does another statement
-- hold this transaction" is a primary-key prefix:
-- - bsa_transaction_statement: deletes of a statement find its rows by the primary-key prefix
--   (tenant_id, account_key) of the statement's account and filter on statement_id;
-- - bsa_statement_transaction_txn: covered by the new key (tenant_id, account_key, txn_id,
--   statement_id);
-- - bsa_transaction_date: a date window is filtered within the tenant's primary-key range (the
--   ORDER BY needs a sort in either case); a host whose tenants hold millions of rows and query
--   narrow windows may add it back: CREATE INDEX bsa_transaction_date ON bsa_transaction
--   (tenant_id, txn_date).
DROP INDEX bsa_transaction_date;
DROP INDEX bsa_transaction_statement;
DROP INDEX bsa_statement_transaction_txn;
ALTER TABLE bsa_statement_transaction DROP CONSTRAINT bsa_statement_transaction_pkey;
ALTER TABLE bsa_statement_transaction ADD PRIMARY KEY (tenant_id, account_key, txn_id, statement_id);
