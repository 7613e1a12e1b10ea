-- Who removed a webhook endpoint, kept beside when, as who added it is:
-- every act names the person who did it. NULL for an endpoint removed
-- before this migration, whose remover writ was not told.

-- +goose Up
ALTER TABLE webhook_endpoints ADD COLUMN removed_by TEXT;

-- +goose Down
ALTER TABLE webhook_endpoints DROP COLUMN removed_by;
