-- The account holder's time zone, kept with the portal token the notice
-- gave them: an IANA name ("Asia/Tokyo") the notice found from the
-- platform's records when it was sent, so that the portal, which cannot
-- read those records, states the deadlines in it as the notice did. NULL
-- when the records did not tell it (and for tokens issued before).

-- +goose Up
ALTER TABLE portal_tokens ADD COLUMN holder_zone TEXT CHECK (holder_zone IS NULL OR length(holder_zone) BETWEEN 1 AND 64);

-- +goose Down
ALTER TABLE portal_tokens DROP COLUMN holder_zone;
