-- Issue 10 (vault): keys that must outlive a change of the data key. The audit chain's HMAC key used to be derived
-- from the data key alone; a passphrase change with a new data key ("nieuwe sleutel") first stores the key in use
-- here, inside the encrypted database, so every audit entry written before stays verifiable.
CREATE TABLE vault_key (
  purpose  VARCHAR(40) NOT NULL PRIMARY KEY,
  key_hex  VARCHAR(64) NOT NULL
);
