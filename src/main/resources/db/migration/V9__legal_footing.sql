-- Legal footing, point by point (issue 15; DESIGN.md "Legal footing, point by point").

-- Consent per person (handreiking deel II §4.2-4.3): a child of 12-15 and both parents, or the legal representative
-- of a client who is wilsonbekwaam, each give or refuse consent on their own date. The case's own consent columns stay
-- the summary; these rows say who gave it, so the record shows who gave substitute consent.
CREATE TABLE consent_person (
  case_number  VARCHAR(32)  NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  position     INT          NOT NULL,
  who          VARCHAR(20)  NOT NULL,
  name         VARCHAR(200),
  status       VARCHAR(20),
  consent_date DATE,
  PRIMARY KEY (case_number, position),
  CONSTRAINT consent_person_who CHECK (who IN ('CLIENT', 'PARENT', 'GUARDIAN', 'REPRESENTATIVE')),
  CONSTRAINT consent_person_status CHECK (status IS NULL OR status IN ('GEVRAAGD', 'GEGEVEN', 'GEWEIGERD', 'NIET_TE_VRAGEN'))
);

-- Point 7: which partner disclosed (its own file keeps a copy). Deel II §4.5: a disclosure on the ground of a conflict
-- van plichten records each of the six conditions for a careful breach of secrecy.
ALTER TABLE disclosure ADD COLUMN from_partner VARCHAR(64);
ALTER TABLE disclosure ADD COLUMN cod_consent_sought VARCHAR(4000);
ALTER TABLE disclosure ADD COLUMN cod_serious_harm VARCHAR(4000);
ALTER TABLE disclosure ADD COLUMN cod_dilemma VARCHAR(4000);
ALTER TABLE disclosure ADD COLUMN cod_no_other_way VARCHAR(4000);
ALTER TABLE disclosure ADD COLUMN cod_harm_prevented VARCHAR(4000);
ALTER TABLE disclosure ADD COLUMN cod_minimal_breach VARCHAR(4000);
-- As in V5: recreated after the new columns so that H2 keeps the query plans IndexCheckTest pins.
DROP INDEX disclosure_case;
CREATE INDEX disclosure_case ON disclosure(case_number, disclosed_on);

-- Point 5: an evaluation of the restriction keeps its outcome and motivation, not only a new date.
CREATE TABLE evaluation_record (
  id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
  case_number  VARCHAR(32)   NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  evaluated_on DATE          NOT NULL,
  outcome      VARCHAR(20)   NOT NULL,
  motivation   VARCHAR(4000) NOT NULL,
  CONSTRAINT evaluation_record_outcome CHECK (outcome IN ('CONTINUE', 'LIGHTER_MEANS', 'STOP'))
);
CREATE INDEX evaluation_record_case ON evaluation_record(case_number, evaluated_on);
