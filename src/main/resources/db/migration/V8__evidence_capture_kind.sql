-- What kind each evidence capture is: 'page' for the page as the server sent it (a WARC response record),
-- 'rendered' for the DOM a browser showed of it (a conversion record), 'api' for a JSON answer its scripts
-- loaded (a resource record). One URL may have all three in one audit, and several JSON answers (a paged list
-- POSTed to one address): part numbers them in the order they came, 0 for the others; request says what was
-- asked for an answer ("POST" and its body). The key grows by kind and part, which ALTER TABLE cannot say in
-- SQL shared by H2 2.x and PostgreSQL (the primary key's name differs), so the table is rebuilt; existing rows
-- are pages.

CREATE TABLE evidence_capture_v8 (
    audit_id    BIGINT      NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    url         VARCHAR     NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    part        INTEGER     NOT NULL,
    request     VARCHAR,
    digest      VARCHAR(64) NOT NULL REFERENCES evidence_payload (digest),
    captured_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (audit_id, url, kind, part)
);

INSERT INTO evidence_capture_v8 (audit_id, url, kind, part, request, digest, captured_at)
    SELECT audit_id, url, 'page', 0, NULL, digest, captured_at FROM evidence_capture;

DROP TABLE evidence_capture;

ALTER TABLE evidence_capture_v8 RENAME TO evidence_capture;

CREATE INDEX evidence_capture_by_digest ON evidence_capture (digest);
