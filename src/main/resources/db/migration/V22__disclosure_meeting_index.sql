-- Issue 17: a meeting is loaded with the disclosures noted in it (MeetingRepository.find, for every export, the
-- minutes and the meeting room). disclosure.meeting_date had no index, so each load scanned every disclosure the
-- vault ever recorded (EXPLAIN: tableScan); the cost grew with the vault's age.
CREATE INDEX disclosure_meeting ON disclosure(meeting_date);
