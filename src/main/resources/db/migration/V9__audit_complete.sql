-- An audit is saved in two steps: its verdicts in one transaction, then its evidence (WARC records and their
-- index rows); it is marked complete only when both are done. Every reader shows complete audits only, so an
-- audit whose process was killed in between never appears; the next audit of the config deletes it. Audits
-- saved before this migration are complete. Same SQL for H2 2.x and PostgreSQL.

ALTER TABLE audit ADD COLUMN complete BOOLEAN DEFAULT TRUE NOT NULL;
