-- What the TLS handshake showed of each site's certificate (report.json siteFacts[].certificate): null columns
-- when the site was not reached over HTTPS. Same SQL for H2 2.x and PostgreSQL.

ALTER TABLE audit_site_facts ADD COLUMN certificate_code VARCHAR(32);
ALTER TABLE audit_site_facts ADD COLUMN certificate_host VARCHAR;
ALTER TABLE audit_site_facts ADD COLUMN certificate_detail VARCHAR;
