-- A disclosure note is a legal record: it is never edited or deleted. When it was wrong (the wrong partner or
-- category ticked) or the client asks for correction (AVG art. 16), it is withdrawn: the note stays as it was, with
-- the date of the withdrawal, the reason and, when a corrected note replaces it, that note's id.
ALTER TABLE disclosure ADD COLUMN withdrawn_on DATE;
ALTER TABLE disclosure ADD COLUMN withdrawal_reason VARCHAR(4000);
ALTER TABLE disclosure ADD COLUMN replaced_by BIGINT;
-- a withdrawal always has its date and its reason; only a withdrawn note can have a replacement
ALTER TABLE disclosure ADD CONSTRAINT disclosure_withdrawal_complete CHECK (
  (withdrawn_on IS NULL AND withdrawal_reason IS NULL AND replaced_by IS NULL)
  OR (withdrawn_on IS NOT NULL AND withdrawal_reason IS NOT NULL));
-- the replacement belongs to the same case, so a purge removes both; SET NULL keeps that delete simple
ALTER TABLE disclosure ADD CONSTRAINT disclosure_replaced_by FOREIGN KEY (replaced_by) REFERENCES disclosure(id)
  ON DELETE SET NULL;
-- After the columns above, H2 read the foreign key's own index on case_number through disclosure_case instead
-- (IndexCheckTest pins those plans); created again last, as V4 left it, the plans are as before.
DROP INDEX disclosure_case;
CREATE INDEX disclosure_case ON disclosure(case_number, disclosed_on);
