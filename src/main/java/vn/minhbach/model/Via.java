package vn.minhbach.model;

import java.util.Locale;

/**
 * How the content behind a piece of evidence was read (product.md, {@code evidence[].via}): from the page's
 * HTML, from the page as a browser rendered it after its scripts ran, or from a JSON answer its scripts loaded.
 */
public enum Via {
    HTML, RENDERED, API;

    /** The name report.json gives it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
