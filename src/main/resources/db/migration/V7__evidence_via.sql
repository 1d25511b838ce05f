-- How each piece of evidence was read (report.json evidence[].via): null for the page's HTML, 'rendered' for the
-- page as a browser showed it, 'api' for a JSON answer its scripts loaded. Same SQL for H2 2.x and PostgreSQL.

ALTER TABLE audit_item_evidence ADD COLUMN via VARCHAR(16);
