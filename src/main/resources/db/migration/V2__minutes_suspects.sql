-- The chair's decisions on possible names (suspects) in a meeting's minutes. A text is dismissed (not a person:
-- a professional, a place) or confirmed (replaced by [persoon] or by a relative marker such as
-- [buurman van cliënt 2026-017]); exports refuse while a suspect has no decision, and apply confirmed ones again.
CREATE TABLE suspect_decision (
  meeting_date DATE         NOT NULL REFERENCES meeting(meeting_date) ON DELETE CASCADE,
  text         VARCHAR(200) NOT NULL,
  decision     VARCHAR(20)  NOT NULL,
  replacement  VARCHAR(300),
  decided_at   TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (meeting_date, text)
);
