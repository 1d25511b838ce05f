-- An evidence excerpt as a message (a key and its arguments, as JSON, like audit_item.reason_text), so each reader
-- can say it in its own language. The excerpt column keeps its Vietnamese wording for readers that use SQL; null
-- here for what a site wrote (plain text) and for evidence saved before this migration, which reads back as that
-- wording. Same SQL for H2 2.x and PostgreSQL.

ALTER TABLE audit_item_evidence ADD COLUMN excerpt_text VARCHAR;
