package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import vn.minhbach.text.VietDates;

/**
 * The visible lines of one question-and-answer pair, split at its answer marker, and what a reader takes
 * from them (docs/extraction.md "Questions and answers"): the question's date is a date labelled as asked,
 * else the stated date nearest before the marker; the answer's date is a date labelled as answered, else the
 * last stated date after the marker (the answerer's line "Phòng Quản lý Báo chí &amp; Xuất bản (15/09/2016
 * 15:24)"). Hidden text counts: collapsed answers are read like open ones.
 */
final class QaLines {

    /** One visible line and the element holding its first text. */
    record Line(Folded text, Element first) {
    }

    /** The lines before the answer marker (the question's) and from the marker on (the answer's). */
    record Split(List<Line> before, List<Line> after) {
    }

    /** A question's text and the link it was read from when it is a title link (else null). */
    record Title(String text, URI link) {
    }

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "select", "button");
    private static final Set<String> TITLES = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "strong", "b", "dt");
    /** How far before the marker a question is read: its title, text and asker line. */
    static final int QUESTION_LINES = 8;
    private static final int MIN_TITLE = 10;
    private static final int MAX_TITLE = 300;

    private QaLines() {
    }

    /** The lines of the nodes, split where {@code marker} begins (everything is "before" when it is null). */
    static Split split(List<? extends Node> nodes, Element marker) {
        Collector c = new Collector(marker);
        for (Node node : nodes) {
            NodeTraversor.filter(c, node);
            c.flush();
        }
        return new Split(List.copyOf(c.before), List.copyOf(c.after));
    }

    private static final class Collector implements NodeFilter {
        private final Element marker;
        private final List<Line> before = new ArrayList<>();
        private final List<Line> after = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private Element first;
        private boolean past;

        Collector(Element marker) {
            this.marker = marker;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    if (line.isEmpty()) {
                        first = (Element) t.parent();
                    }
                    line.append(t.text());
                }
            } else if (node instanceof Element e) {
                if (SKIPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e == marker) {
                    flush();
                    past = true;
                } else if (e.isBlock() || e.normalName().equals("br")) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            Folded text = Folded.of(line.toString());
            line.setLength(0);
            if (!text.text().isEmpty()) {
                (past ? after : before).add(new Line(text, first));
            }
        }
    }

    /** The question's lines: at most {@link #QUESTION_LINES} before the marker, from its nearest heading on. */
    static List<Line> question(Split split) {
        List<Line> before = split.before();
        int from = Math.max(0, before.size() - QUESTION_LINES);
        for (int i = before.size() - 1; i >= from; i--) {
            if (heading(before.get(i))) {
                return before.subList(i, before.size());
            }
        }
        return before.subList(from, before.size());
    }

    /** A date labelled as asked anywhere in the pair, else the stated date nearest before the marker. */
    static LocalDate asked(Split split) {
        LocalDate labelled = labelled(split.before(), QaExtractor.ASKED);
        if (labelled == null) {
            labelled = labelled(split.after(), QaExtractor.ASKED);
        }
        if (labelled != null) {
            return labelled;
        }
        List<Line> question = question(split);
        for (int i = question.size() - 1; i >= 0; i--) {
            Folded text = question.get(i).text();
            if (!text.containsAny(QaExtractor.ANSWERED)) {
                LocalDate date = StatedDates.last(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** A date labelled as answered anywhere in the pair, else the last stated date of the answer's lines. */
    static LocalDate answered(Split split) {
        LocalDate labelled = labelled(split.after(), QaExtractor.ANSWERED);
        if (labelled == null) {
            labelled = labelled(split.before(), QaExtractor.ANSWERED);
        }
        if (labelled != null) {
            return labelled;
        }
        List<Line> after = split.after();
        for (int i = after.size() - 1; i >= 0; i--) {
            Folded text = after.get(i).text();
            if (!text.containsAny(QaExtractor.ASKED)) {
                LocalDate date = StatedDates.last(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Whether the answer's lines hold text beyond the marker and the answerer's date line. */
    static boolean answerText(Split split) {
        return split.after().stream().map(Line::text)
                .anyMatch(t -> t.text().length() >= MIN_TITLE && VietDates.stamps(t.text()).isEmpty());
    }

    private static LocalDate labelled(List<Line> lines, List<String> labels) {
        for (Line line : lines) {
            if (line.text().containsAny(labels)) {
                for (String value : Fields.inline(line.text(), labels)) {
                    LocalDate date = VietDates.first(value).orElse(null);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The question's title: its nearest heading before the marker, else its first link or bold line, else its
     * first line; a line that is only a date or an asker's name with a date is not a title.
     */
    static Title title(URI page, List<Line> question) {
        Line chosen = null;
        for (Line line : question) {
            if (titleLike(line) && (chosen == null || heading(line))) {
                chosen = line;
            }
        }
        if (chosen == null) {
            chosen = question.stream().filter(l -> questionLike(l.text().text())
                    && (l.first() == null || !Chrome.holds(l.first()))).findFirst().orElse(null);
        }
        if (chosen == null) {
            return null;
        }
        Element link = chosen.first() == null ? null : chosen.first().closest(Css.of("a[href]"));
        String href = link == null ? "" : link.attr("href").strip();
        // an accordion's toggle ("#faq1", "javascript:;") opens the answer in place: the pair is on this page
        URI target = href.isEmpty() || href.startsWith("#") || href.toLowerCase(java.util.Locale.ROOT).startsWith("javascript")
                ? null : Links.resolve(page, href).orElse(null);
        String text = chosen.text().text();
        return new Title(text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE), target);
    }

    /**
     * Whether a text can be a question's title: long enough, no date stamp, and words rather than figures (a
     * hotline "0255.3867.123" in bold is not a question).
     */
    static boolean questionLike(String text) {
        return text.strip().length() >= MIN_TITLE && VietDates.stamps(text).isEmpty()
                && text.chars().filter(Character::isLetter).count() >= MIN_TITLE / 2;
    }

    private static boolean titleLike(Line line) {
        Element e = line.first();
        return e != null && questionLike(line.text().text()) && !Chrome.holds(e)
                && (TITLES.contains(e.normalName()) || e.closest(Css.of("h1, h2, h3, h4, h5, h6, a[href], strong, b")) != null);
    }

    private static boolean heading(Line line) {
        return line.first() != null && line.first().closest(Css.of("h1, h2, h3, h4, h5, h6")) != null;
    }
}
