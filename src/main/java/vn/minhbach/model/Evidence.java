package vn.minhbach.model;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * What a verdict rests on: a page or link, with the title and date read there, and how it was read
 * ({@link Via}), with what was read of the document at that address when there is one ({@code document}, else
 * null). For a MISSING verdict the evidence lists the places that were searched.
 */
public record Evidence(URI url, String title, LocalDate date, String excerpt, Via via, DocumentEvidence document) {
    /** Titles and excerpts are NFC, as every text of a report: a page served decomposed looks the same but compares unequal. */
    public Evidence {
        title = nfc(title);
        excerpt = nfc(excerpt);
        via = via == null ? Via.HTML : via;
    }

    /** Evidence resting on no document. */
    public Evidence(URI url, String title, LocalDate date, String excerpt, Via via) {
        this(url, title, date, excerpt, via, null);
    }

    /** Evidence read from a page's HTML. */
    public Evidence(URI url, String title, LocalDate date, String excerpt) {
        this(url, title, date, excerpt, Via.HTML);
    }

    /** The same evidence, read as {@code how} says. */
    public Evidence via(Via how) {
        return new Evidence(url, title, date, excerpt, how, document);
    }

    /** The same evidence, resting on the document {@code read}. */
    public Evidence with(DocumentEvidence read) {
        return new Evidence(url, title, date, excerpt, via, read);
    }

    private static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static Evidence of(URI url, String title, LocalDate date) {
        return new Evidence(url, title, date, null);
    }
}
