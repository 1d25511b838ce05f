package vn.minhbach.report;

import vn.minhbach.i18n.Messages;

/**
 * The words of a page template, as {@code t}: {@code {{ t.get("report.html.summary") }}} and
 * {@code <html lang="{{ t.lang }}">}. Pebble calls methods of a fixed arity only, so sentences with arguments are
 * worded by the view, not by the template.
 */
public record TemplateWords(Messages messages) {

    /** The message {@code key}, which takes no arguments. */
    public String get(String key) {
        return messages.get(key);
    }

    /** The language's tag, for the {@code lang} attribute. */
    public String lang() {
        return messages.lang().tag();
    }
}
