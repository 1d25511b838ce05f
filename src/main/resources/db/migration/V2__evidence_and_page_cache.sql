-- Incremental crawling and evidence. Same SQL for H2 2.x and PostgreSQL, like V1.

-- The last full download of every HTML page of a config's sites, replaced when the page changes, so that
-- the next audit can ask the server "changed since?" (ETag / Last-Modified) and, on 304, parse this copy.
-- One row per URL: it grows with the size of the sites, not with the number of audits.
CREATE TABLE page_cache (
    config_key    VARCHAR(64)  NOT NULL,
    url           VARCHAR      NOT NULL,
    final_url     VARCHAR      NOT NULL,
    status        INTEGER      NOT NULL,
    reason        VARCHAR      NOT NULL,
    headers       VARCHAR      NOT NULL,
    etag          VARCHAR,
    last_modified VARCHAR,
    truncated     BOOLEAN      NOT NULL,
    -- The body, gzip-compressed.
    body          BYTEA        NOT NULL,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (config_key, url)
);

-- One WARC response record per distinct payload (SHA-256 of the HTTP body): where it is in the evidence folder.
CREATE TABLE evidence_payload (
    digest      VARCHAR(64)  PRIMARY KEY,
    warc_file   VARCHAR(255) NOT NULL,
    warc_offset BIGINT       NOT NULL,
    record_id   VARCHAR(64)  NOT NULL,
    target_uri  VARCHAR      NOT NULL,
    captured_at TIMESTAMP WITH TIME ZONE NOT NULL,
    length      BIGINT       NOT NULL
);

CREATE INDEX evidence_payload_by_file ON evidence_payload (warc_file);

-- What a URL showed in an audit: the payload it served that night. Audits that saw the same payload share
-- the record; only this row is added.
CREATE TABLE evidence_capture (
    audit_id    BIGINT      NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    url         VARCHAR     NOT NULL,
    digest      VARCHAR(64) NOT NULL REFERENCES evidence_payload (digest),
    captured_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (audit_id, url)
);

CREATE INDEX evidence_capture_by_digest ON evidence_capture (digest);
