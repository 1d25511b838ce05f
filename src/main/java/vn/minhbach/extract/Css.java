package vn.minhbach.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors compiled once. jsoup compiles a selector string again on every {@code select}, {@code closest}
 * or {@code is} call, which an audit makes thousands of times per page; the extractors pass their (constant)
 * selectors through {@link #of} instead.
 */
public final class Css {
    private static final Map<String, Evaluator> COMPILED = new ConcurrentHashMap<>();

    private Css() {
    }

    /** The compiled form of a constant selector; never pass text read from a page or a config. */
    public static Evaluator of(String css) {
        return COMPILED.computeIfAbsent(css, QueryParser::parse);
    }
}
