-- Issue 17, an integrity check whose cost follows the writes: per table the number of rows and the sum of a SHA-256
-- over each row, kept by a trigger (nl.kring.vault.RowDigestTrigger) in the transaction of every write. The close
-- seals these sums into integrity.json; the open compares them with it instead of reading every row. The triggers are
-- installed by the code after the migrations (RowDigests.rebuild), so a table a later migration adds gets one too.
CREATE TABLE integrity_digest (
  table_name VARCHAR(128)   PRIMARY KEY,
  row_count  BIGINT         NOT NULL,
  row_sum    NUMERIC(100, 0) NOT NULL
);
