-- A disclosure note says whether the client was told of it (handreiking point 7); when not, why_not_informed says
-- why. Notes recorded before this column existed did not say so: FALSE.
ALTER TABLE disclosure ADD COLUMN client_informed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX disclosure_case ON disclosure(case_number, disclosed_on);
