package vn.minhbach.model;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * What a verdict rests on: a page or link, with the title and date read there, and how it was read
 * ({@link Via}), with what was read of the document at that address when there is one ({@code document}, else
 * null). For a MISSING verdict the evidence lists the places that were searched.
 *
 * <p>The {@code excerpt} is {@link Text#plain plain} for what the site wrote (a contact block, an answer's dates as
 * read), a message for what the check says of the place ("page", "link on ...", why it could not be fetched).
 */
public record Evidence(URI url, String title, LocalDate date, Text excerpt, Via via, DocumentEvidence document) {
    /** Titles and excerpts are NFC, as every text of a report: a page served decomposed looks the same but compares unequal. */
    public Evidence {
        title = nfc(title);
        excerpt = nfc(excerpt);
        via = via == null ? Via.HTML : via;
    }

    /** Evidence resting on no document. */
    public Evidence(URI url, String title, LocalDate date, Text excerpt, Via via) {
        this(url, title, date, excerpt, via, null);
    }

    /** Evidence read from a page's HTML. */
    public Evidence(URI url, String title, LocalDate date, Text excerpt) {
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

    /** The text with every string in it NFC: what a site wrote, plain or as an argument. */
    private static Text nfc(Text text) {
        if (text == null) {
            return null;
        }
        List<Object> args = text.args().stream()
                .map(a -> a instanceof String s ? nfc(s) : a instanceof Text t ? nfc(t) : a).toList();
        return new Text(text.key(), args);
    }

    public static Evidence of(URI url, String title, LocalDate date) {
        return new Evidence(url, title, date, null);
    }
}
