package vn.minhbach.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.minhbach.history.Changes;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;

/**
 * Renders report.html: one self-contained page in the report's language (Vietnamese by default) (inline CSS, no scripts, fonts or images) that
 * reads on a phone, in an e-mail client and on paper. The layout is the Pebble template
 * {@code vn/minhbach/report/report.html.peb}; every value goes through Pebble's HTML autoescaping.
 */
public final class HtmlReport {

    /** Shared with the period report: same loader, escaping and locale. */
    static final PebbleEngine ENGINE = Templates.engine("vn/minhbach/report");

    private HtmlReport() {
    }

    public static String render(AuditRun run) {
        return render(run, null);
    }

    /** The page with a "changes since the previous audit" section when changes is not null. */
    public static String render(AuditRun run, Changes changes) {
        return render(run, changes, null);
    }

    /** The page with the changes and the trend of the last audits' scores, each when not null. */
    public static String render(AuditRun run, Changes changes, ScoreTrend trend) {
        return render(Messages.vi(), run, changes, trend);
    }

    /** The page in the language of {@code messages}, with the changes and the score trend, each when not null. */
    public static String render(Messages messages, AuditRun run, Changes changes, ScoreTrend trend) {
        return evaluate("report.html", HtmlView.of(messages, run, changes, trend), messages);
    }

    /** Any page of this package in Vietnamese: the template {@code name}.peb showing {@code view} as {@code r}. */
    static String evaluate(String name, Object view) {
        return evaluate(name, view, Messages.vi());
    }

    /**
     * Any page of this package: the template {@code name}.peb showing {@code view} as {@code r}, its own words
     * taken from {@code messages} as {@code t} ({@code t.get("report.…")}).
     */
    static String evaluate(String name, Object view, Messages messages) {
        PebbleTemplate template = ENGINE.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, Map.of("r", view, "t", Wording.of(messages.lang())), messages.lang().locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
