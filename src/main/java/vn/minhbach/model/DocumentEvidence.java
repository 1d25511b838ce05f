package vn.minhbach.model;

import java.net.URI;
import java.time.LocalDate;

/**
 * What an evidence entry says of the document it rests on (product.md, evidence {@code document}): fields not
 * read are null, and report.json leaves them out rather than guess.
 *
 * @param url       the document's address
 * @param type      "pdf", "doc", "docx", "xls", "xlsx" or "odt", or null when its kind is not one of them
 * @param pages     its page count, or null
 * @param textLayer for a PDF, whether it has a text layer; else null
 * @param ocr       whether its text came from OCR; null when it was not fetched
 * @param encoding  the encoding its text was in ("unicode", "tcvn3", "vni"), or null
 * @param number    its số ký hiệu, or null
 * @param issued    its issue date, or null
 * @param period    the period it covers as a key ("2026-9M", "2026-H1", "2026"), or null
 * @param excerpt   its title's lines as read, or null
 */
public record DocumentEvidence(URI url, String type, Integer pages, Boolean textLayer, Boolean ocr, String encoding,
                               String number, LocalDate issued, String period, String excerpt) {
}
