-- A finding's reason and expected as messages (a key and its arguments, as JSON), so each reader can say them in
-- its own language. The reason and expected columns keep their Vietnamese wording for readers that use SQL;
-- null here for plain text and for items saved before this migration, which read back as that wording. Same SQL
-- for H2 2.x and PostgreSQL.

ALTER TABLE audit_item ADD COLUMN reason_text VARCHAR;
ALTER TABLE audit_item ADD COLUMN expected_text VARCHAR;
