-- Requests of the data subject (guideline point 10; AVG art. 15-17): inzage, correctie, afschrift, vernietiging.
-- Each is answered within one month of receipt (AVG art. 12(3)); the deadline is stored so that a later change of
-- the rule does not move the deadline of a request already received. A request lives and dies with its case: a
-- destroyed case leaves only the content-free audit entries behind.
CREATE TABLE rights_request (
  id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
  case_number  VARCHAR(32)   NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  request_type VARCHAR(20)   NOT NULL,
  received_on  DATE          NOT NULL,
  requested_by VARCHAR(30)   NOT NULL,
  deadline     DATE          NOT NULL,
  status       VARCHAR(10)   NOT NULL,
  handled_on   DATE,
  outcome_note VARCHAR(4000),
  CONSTRAINT rights_request_type CHECK (request_type IN ('INZAGE', 'CORRECTIE', 'AFSCHRIFT', 'VERNIETIGING')),
  CONSTRAINT rights_request_by CHECK (requested_by IN ('CLIENT', 'LEGAL_REPRESENTATIVE', 'OTHER')),
  CONSTRAINT rights_request_status CHECK (status IN ('OPEN', 'HANDLED', 'REFUSED')),
  CONSTRAINT rights_request_closed CHECK ((status = 'OPEN') = (handled_on IS NULL))
);

