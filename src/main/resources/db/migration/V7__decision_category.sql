-- Issue 11, need-to-know per reader: a decision may name a leefgebied or ALGEMEEN (its category); other kring
-- members than the owner read its text only when that category is ALGEMEEN or VOLLEDIG for their role.
-- A minutes paragraph's category may now also be ALGEMEEN; no category means unclassified (chair's verslag only).
ALTER TABLE decision ADD COLUMN category VARCHAR(40);
