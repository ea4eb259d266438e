-- Issue 14: professional contact details, so that invitations and mail drafts can be addressed.
-- Partners and attendees are professionals, never clients; these columns hold work addresses only.
ALTER TABLE partner ADD COLUMN email VARCHAR(254);
ALTER TABLE partner ADD COLUMN phone VARCHAR(40);
ALTER TABLE attendee ADD COLUMN email VARCHAR(254);
ALTER TABLE attendee ADD COLUMN phone VARCHAR(40);
