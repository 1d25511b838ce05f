package vn.minhbach.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a skin spells the demo's addresses: a list of reversible rules between a canonical path (what the
 * demo's routes are keyed by, e.g. {@code /tin-tuc/9000-slug}) and the platform's own (e.g.
 * {@code /tin-tuc/Pages/slug.aspx?ItemID=9000}). Pages are rendered with canonical links and rewritten on
 * the way out; requests are read back on the way in. A path no rule matches is the same in both.
 */
final class PathScheme {

    static final PathScheme IDENTITY = new PathScheme(List.of());

    /** The paginated post sections, in the portal's menu; the tax section answers 503 but has a link. */
    static final List<String> SECTIONS = List.of("tin-tuc", "quy-hoach-ke-hoach", "cong-khai-ngan-sach", "dau-thau",
            "chuyen-muc/hoi-dap-phap-luat", "chuyen-muc/doanh-nghiep-can-biet", "chuyen-muc/thue-va-cuoc-song");

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Pattern LINK = Pattern.compile("(href|action)=\"(/[^\"]*)\"");
    private static final Map<String, String> SLOT_PATTERNS = Map.of("id", "\\d+", "n", "\\d+",
            "slug", "[a-z0-9-]+", "code", "[0-9.]+", "sec", String.join("|", SECTIONS));

    private record Rule(Pattern canonical, String canonicalTemplate, Pattern skin, String skinTemplate) {
    }

    private final List<Rule> rules;

    private PathScheme(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Rules in order of trial, given as canonical/skin template pairs with {@code {slot}} placeholders. */
    static PathScheme of(String... pairs) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            rules.add(new Rule(compile(pairs[i]), pairs[i], compile(sortedQuery(pairs[i + 1])), pairs[i + 1]));
        }
        return new PathScheme(rules);
    }

    /** The skin's spelling of a canonical path with its query. */
    String out(String canonical) {
        for (Rule rule : rules) {
            Matcher m = rule.canonical().matcher(canonical);
            if (m.matches()) {
                return fill(rule.skinTemplate(), m);
            }
        }
        return canonical;
    }

    /**
     * The canonical path with query of a request made with the skin's spelling. The query's parameters may
     * come in any order, as servers accept them and crawlers sort them.
     */
    String in(String requested) {
        String plain = sortedQuery(requested.replace("%2F", "/").replace("%2f", "/"));
        for (Rule rule : rules) {
            Matcher m = rule.skin().matcher(plain);
            if (m.matches()) {
                return fill(rule.canonicalTemplate(), m);
            }
        }
        return requested;
    }

    /** Rewrites every root-relative link and form action of a page to the skin's spelling. */
    String rewrite(String html) {
        if (rules.isEmpty()) {
            return html;
        }
        return LINK.matcher(html).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "=\""
                + Html.esc(out(r.group(2).replace("&amp;", "&"))) + "\""));
    }

    private static String sortedQuery(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return pathAndQuery;
        }
        List<String> params = new ArrayList<>(List.of(pathAndQuery.substring(q + 1).split("&")));
        params.sort(Comparator.comparing((String p) -> p.split("=", 2)[0]).thenComparing(Comparator.naturalOrder()));
        return pathAndQuery.substring(0, q + 1) + String.join("&", params);
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())))
                    .append("(?<").append(m.group(1)).append(">").append(SLOT_PATTERNS.get(m.group(1))).append(')');
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
    }

    private static String fill(String template, Matcher values) {
        return SLOT.matcher(template).replaceAll(r -> Matcher.quoteReplacement(values.group(r.group(1))));
    }
}
