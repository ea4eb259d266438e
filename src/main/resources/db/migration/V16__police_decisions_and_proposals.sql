-- Issue 15, what was left.
-- Police information (handreiking deel II §1 and §4.5): a decision, like a leefgebied note or minutes paragraph (V15),
-- can be marked as coming from the police; its action text then reaches only the roles of the vault's police rule.
ALTER TABLE decision ADD COLUMN police BOOLEAN DEFAULT FALSE NOT NULL;

-- Point 7: the disclosure notes Kring proposed after an item, kept until the chair records or drops them, also when the
-- meeting room is closed. One row per meeting, case, recipient and category: PENDING until handled, then RECORDED or
-- DROPPED, so that a handled proposal is not proposed again. The pre-filled note is kept as proposed (the chair may have
-- edited its why); recording writes an ordinary disclosure row.
CREATE TABLE disclosure_proposal (
  id               BIGINT        AUTO_INCREMENT PRIMARY KEY,
  meeting_date     DATE          NOT NULL REFERENCES meeting(meeting_date) ON DELETE CASCADE,
  case_number      VARCHAR(32)   NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  recipient        VARCHAR(64)   NOT NULL,
  category         VARCHAR(40)   NOT NULL,
  reason           VARCHAR(20)   NOT NULL,
  state            VARCHAR(10)   NOT NULL,
  basis            VARCHAR(40),
  why              VARCHAR(4000),
  why_not_informed VARCHAR(4000),
  decided_by       VARCHAR(200),
  client_informed  BOOLEAN       DEFAULT FALSE NOT NULL,
  UNIQUE (meeting_date, case_number, recipient, category),
  CONSTRAINT disclosure_proposal_reason CHECK (reason IN ('WITHOUT_CONSENT', 'OVERRIDE')),
  CONSTRAINT disclosure_proposal_state CHECK (state IN ('PENDING', 'RECORDED', 'DROPPED'))
);
