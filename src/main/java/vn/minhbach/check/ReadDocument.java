package vn.minhbach.check;

import java.net.URI;
import vn.minhbach.document.DocumentFacts;
import vn.minhbach.document.DocumentText;
import vn.minhbach.document.DocumentType;
import vn.minhbach.model.DocumentEvidence;

/**
 * A document behind a link, as the audit read it (checklist "Documents behind the links"): how its text was read
 * and the facts its first page states, or why it could not be fetched or read.
 *
 * @param url       the address as linked
 * @param type      the kind told by its content, or null when it was not fetched
 * @param pages     its page count, or null
 * @param textLayer for a PDF, whether it has a text layer; else null
 * @param ocr       its text came from OCR
 * @param encoding  the encoding its text was in ("unicode", "tcvn3", "vni"), or null
 * @param facts     the facts read from its text ({@link DocumentFacts#NONE} when none)
 * @param failure   why it was not fetched or read, or null
 */
public record ReadDocument(URI url, DocumentType type, Integer pages, Boolean textLayer, boolean ocr,
                           String encoding, DocumentFacts facts, String failure) {

    public ReadDocument {
        facts = facts == null ? DocumentFacts.NONE : facts;
    }

    /** A document fetched and read (or not) to {@code text}. */
    public static ReadDocument of(URI url, DocumentText text) {
        return new ReadDocument(url, text.type(), text.pages(), text.textLayer(), text.ocr(), text.encoding(),
                DocumentFacts.of(text), text.failure());
    }

    /** A document that could not be fetched. */
    public static ReadDocument unfetched(URI url, String why) {
        return new ReadDocument(url, null, null, null, false, null, DocumentFacts.NONE, why);
    }

    /** What report.json shows of it beside the evidence resting on it. */
    DocumentEvidence evidence() {
        return new DocumentEvidence(url, type == null || type == DocumentType.UNKNOWN ? null : type.key(), pages,
                textLayer, type == null ? null : ocr, encoding, facts.number(), facts.issued(), facts.periodKey(),
                facts.excerpt());
    }
}
