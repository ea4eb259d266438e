-- AVG art. 12(3): the answer to a request may be put off by two more months where that is necessary, if the client
-- is told so, with the reasons, within the first month. When and why is kept with the request.
ALTER TABLE rights_request ADD COLUMN extended_on DATE;
ALTER TABLE rights_request ADD COLUMN extension_reason VARCHAR(2000);
ALTER TABLE rights_request ADD CONSTRAINT rights_request_extension
  CHECK ((extended_on IS NULL) = (extension_reason IS NULL));
