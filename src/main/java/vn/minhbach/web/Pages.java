package vn.minhbach.web;

import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import vn.minhbach.report.Templates;
import vn.minhbach.report.Wording;

/**
 * Renders the dashboard's pages from the Pebble templates under {@code vn/minhbach/web}, in one language: every
 * template gets {@code t}, the {@link Wording} of that language, and {@code lang}, its tag.
 */
final class Pages {
    private static final PebbleEngine ENGINE = Templates.engine("vn/minhbach/web");

    /** A row of the start page: one portal, its latest score and whether an audit runs. */
    record PortalRow(String key, String organisation, String date, String score, boolean running) {
    }

    private Pages() {
    }

    static String render(String template, Map<String, Object> model, Wording words) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", words);
        all.put("lang", words.lang().tag());
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate(template).evaluate(out, all, words.lang().locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A page with a heading, one sentence and an optional link back. */
    static String message(Wording words, String heading, String message, String back) {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("message", message);
        model.put("back", back);
        return render("message.html", model, words);
    }

    /** A message page whose heading is the message {@code key} and whose sentence is {@code key-detail}. */
    static String message(Wording words, String key, String back) {
        return message(words, words.get(key), words.get(key + "-detail"), back);
    }
}
