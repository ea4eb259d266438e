-- Issue 11 (inzage copy, AVG art. 15(4), BW 7:456): the copy masks the melder, relatives, other clients and other
-- persons; the chair may leave one passage unmasked, with a reason. The reason stays here, with the request it
-- answers (and goes with it when the case is destroyed); the audit trail records only that it happened.
CREATE TABLE inzage_unmask (
  request_id  BIGINT        NOT NULL REFERENCES rights_request(id) ON DELETE CASCADE,
  passage_id  VARCHAR(300)  NOT NULL,
  category    VARCHAR(20)   NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  decided_on  DATE          NOT NULL,
  PRIMARY KEY (request_id, passage_id),
  CONSTRAINT inzage_unmask_category CHECK (category IN ('MELDER', 'FAMILIELID', 'ANDERE_CLIENT', 'PERSOON', 'ADRES',
                                                        'PROFESSIONAL'))
);
