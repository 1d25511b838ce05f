package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;
import vn.minhbach.model.Text;

/**
 * What one item's evaluation considered, for {@code minhbach explain}: the pages it looked at and why, the
 * rows it read from them, and which rows its rule kept or set aside and why. An audit passes {@link #OFF},
 * whose methods do nothing; callers test {@link #on()} before building any text for it.
 */
public interface Trace {
    /** The tracer of an audit: records nothing. */
    Trace OFF = new Trace() {
    };

    /** What a row is, by what read it. */
    enum Kind {
        /** A dated list row found by its shape. */
        LIST_ENTRY,
        /** A row read with the item's configured selectors. */
        OVERRIDE_SELECTION,
        /** A link whose text names the topic. */
        LINK,
        /** A page whose own title or h1 names the topic. */
        PAGE,
        /** A row of a legal-document table. */
        LEGAL_DOC,
        /** A question with its answer. */
        QA_PAIR,
        /** An administrative procedure of a list or detail page. */
        PROCEDURE
    }

    /**
     * A row read.
     *
     * @param page  the page it was read on
     * @param kind  what read it
     * @param title its title as read
     * @param date  its date as read, or null
     * @param link  where it links, or null
     * @param why   why it was taken up: which label matched which term
     */
    record Row(URI page, Kind kind, String title, LocalDate date, URI link, Text why) {
    }

    /** True when this tracer records: only then is it worth building what it is given. */
    default boolean on() {
        return false;
    }

    /** A page considered, with its title and why: which of its labels matched which term. */
    default void page(URI url, String title, Text why) {
    }

    default void row(Row row) {
    }

    /**
     * The rule's decision on a row it read, named by the row's address (or the page listing it) and title.
     *
     * @param kept   whether the row counts towards the verdict
     * @param reason why, in words for people (keys of the check bundle)
     */
    default void decide(URI url, String title, boolean kept, Text reason) {
    }

    /** A step of the rule worth telling: the due edition, the window applied. */
    default void note(Text text) {
    }
}
