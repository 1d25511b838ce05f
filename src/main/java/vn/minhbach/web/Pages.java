package vn.minhbach.web;

import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import vn.minhbach.report.Labels;
import vn.minhbach.report.Templates;

/** Renders the dashboard's Vietnamese pages from the Pebble templates under {@code vn/minhbach/web}. */
final class Pages {
    private static final PebbleEngine ENGINE = Templates.engine("vn/minhbach/web");

    /** A row of the start page: one portal, its latest score and whether an audit runs. */
    record PortalRow(String key, String organisation, String date, String score, boolean running) {
    }

    private Pages() {
    }

    static String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate(template).evaluate(out, model, Labels.VIETNAMESE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A page with a heading, one sentence and an optional link back. */
    static String message(String heading, String message, String back) {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("message", message);
        model.put("back", back);
        return render("message.html", model);
    }
}
