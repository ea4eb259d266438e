-- Issue 17, the identity index: per case the keys under which its client's identities may be found in a text
-- (nl.kring.pseudonym.IdentityKeys.of), so that an export reads only the clients whose keys its texts share instead of
-- every client of the vault. One narrow row per case, not a row per key: the import writes one row per case through
-- the row digest trigger (RowDigests.rebuild covers this table as every table). KEY_HASHES holds the sorted, distinct
-- int keys as 4 bytes each, big-endian; KEYS_VERSION is IdentityKeys.VERSION of the code that computed them: a vault
-- whose rows are missing or of another version has them computed again at its open (CaseRepository.ensureIdentityKeys).
-- Kept by CaseRepository.save in the transaction of every write of a case; a case's deletion takes its row along.
CREATE TABLE case_identity_keys (
  case_number  VARCHAR(32)    NOT NULL PRIMARY KEY REFERENCES case_file(number) ON DELETE CASCADE,
  key_hashes   BINARY VARYING NOT NULL,
  keys_version INT            NOT NULL
);
