-- Issue 12, a partner's own number for the client (a GGD dossiernummer, a woningcorporatie's huurdersnummer, a CJIB
-- or police registration number): zero or more per case, each with the partner that issued it and the partner's own
-- word for it. An identifier like the BSN: recognised in the minutes and never in an export. The row digest trigger
-- (RowDigests.rebuild, V19) covers this table as it covers every table, so a number changed outside Kring is found.
-- H2 indexes the foreign key to partner itself (a partner's deletion looks its numbers up through it).
CREATE TABLE file_number (
  case_number VARCHAR(32)  NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  position    INT          NOT NULL,
  partner_id  VARCHAR(64)  NOT NULL REFERENCES partner(id),
  label       VARCHAR(60),
  file_number VARCHAR(40)  NOT NULL,
  PRIMARY KEY (case_number, position)
);
