-- Backups and restores (issue 12): a backup or restore reads and writes every tenant's rows in one
-- transaction. It sets bsa.all_tenants to 'on' with set_config(..., true) for that transaction only;
-- these permissive policies then admit all rows. The store never sets it (docs/adr/0040).
CREATE POLICY bsa_import_backup ON bsa_import
  USING (current_setting('bsa.all_tenants', true) = 'on')
  WITH CHECK (current_setting('bsa.all_tenants', true) = 'on');
CREATE POLICY bsa_statement_backup ON bsa_statement
  USING (current_setting('bsa.all_tenants', true) = 'on')
  WITH CHECK (current_setting('bsa.all_tenants', true) = 'on');
CREATE POLICY bsa_transaction_backup ON bsa_transaction
  USING (current_setting('bsa.all_tenants', true) = 'on')
  WITH CHECK (current_setting('bsa.all_tenants', true) = 'on');
CREATE POLICY bsa_statement_transaction_backup ON bsa_statement_transaction
  USING (current_setting('bsa.all_tenants', true) = 'on')
  WITH CHECK (current_setting('bsa.all_tenants', true) = 'on');
