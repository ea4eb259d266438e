-- Issue 15, police information (handreiking deel II §1 and §4.5): a leefgebied note or a minutes paragraph can be
-- marked as coming from the police; it then reaches only the roles the keten agreed (vault setting legal.policeRoles,
-- default POLITIE; the chair always).
ALTER TABLE domain_assessment ADD COLUMN police_note BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE minutes_paragraph ADD COLUMN police BOOLEAN DEFAULT FALSE NOT NULL;
