package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the crawler out of URL spaces that never end: calendars that link to the next month forever,
 * query strings or paths that grow on every hop, and parameters counting up without bound. It sees each
 * new normalised URL once and answers with the reason to skip it, or null. Not thread-safe: the crawl
 * coordinator owns it.
 */
final class TrapFilter {

    static final int MAX_QUERY_CHARS = 512;
    static final int MAX_PARAMS = 10;
    static final int MAX_SEGMENTS = 20;
    static final int MAX_SEGMENT_REPEATS = 2;

    private static final Pattern DATE_NAME = Pattern.compile(
            "(?i).*date.*|.*day|day.*|month|year|week|ngay|thang|nam|tuan|d|m|y|dt|ym|yyyy|mm|cal|calendar|period");
    private static final Pattern DATE_VALUE = Pattern.compile(
            "\\d{4}[-/.]\\d{1,2}([-/.]\\d{1,2})?|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|(19|20)\\d{2}(0[1-9]|1[0-2])(\\d{2})?");
    private static final Pattern DATE_LIKE_NUMBER = Pattern.compile("[\\d\\-/.:]*\\d[\\d\\-/.:]*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Pagination and record ids legitimately take many values, so they get the generous budget. */
    private static final Pattern GENEROUS_NAME = Pattern.compile(
            "(?i)page|p|pg|cur|_cur|trang|pageindex|pagenumber|pageno|start|offset|skip|id|.*_id|.*id");
    private static final String DATE_MARK = "{date}";

    private final int calendarBudget;
    private final int digitBudget;
    private final int generousBudget;
    private final Map<String, Integer> patternCounts = new HashMap<>();

    TrapFilter() {
        this(12, 300, 3000);
    }

    TrapFilter(int calendarBudget, int digitBudget, int generousBudget) {
        this.calendarBudget = calendarBudget;
        this.digitBudget = digitBudget;
        this.generousBudget = generousBudget;
    }

    /** The reason to skip this URL, or null to crawl it. Call once per new URL: it counts what it sees. */
    String check(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (query.length() > MAX_QUERY_CHARS) {
            return "trap: query longer than " + MAX_QUERY_CHARS + " characters";
        }
        List<String[]> params = params(query);
        if (params.size() > MAX_PARAMS) {
            return "trap: more than " + MAX_PARAMS + " query parameters";
        }
        Set<String> names = new HashSet<>();
        for (String[] p : params) {
            if (!names.add(p[0].toLowerCase(Locale.ROOT))) {
                return "trap: repeated query parameter " + p[0];
            }
        }
        String[] segments = uri.getRawPath() == null ? new String[0] : uri.getRawPath().split("/");
        String pathProblem = pathProblem(segments);
        if (pathProblem != null) {
            return pathProblem;
        }
        String calendar = calendarPattern(uri, segments, params);
        if (calendar != null && count(calendar) > calendarBudget) {
            return "trap: calendar-like URL beyond " + calendarBudget + " variants";
        }
        return digitProblem(uri, params);
    }

    private static String pathProblem(String[] segments) {
        if (segments.length > MAX_SEGMENTS) {
            return "trap: path deeper than " + MAX_SEGMENTS + " segments";
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String segment : segments) {
            if (!segment.isEmpty() && seen.merge(segment, 1, Integer::sum) > MAX_SEGMENT_REPEATS) {
                return "trap: repeated path segment " + segment;
            }
        }
        return null;
    }

    /** The URL with its date parts masked, or null when it has none. */
    private static String calendarPattern(URI uri, String[] segments, List<String[]> params) {
        boolean dated = false;
        StringBuilder path = new StringBuilder();
        boolean afterDate = false;
        for (String segment : segments) {
            boolean isDate = DATE_VALUE.matcher(segment).matches() || YEAR.matcher(segment).matches()
                    || (afterDate && MONTH_OR_DAY.matcher(segment).matches());
            path.append('/').append(isDate ? DATE_MARK : segment);
            dated |= isDate;
            afterDate = isDate;
        }
        List<String> masked = new ArrayList<>();
        for (String[] p : params) {
            boolean isDate = DATE_VALUE.matcher(p[1]).matches()
                    || (DATE_NAME.matcher(p[0]).matches() && DATE_LIKE_NUMBER.matcher(p[1]).matches());
            masked.add(p[0] + "=" + (isDate ? DATE_MARK : p[1]));
            dated |= isDate;
        }
        return dated ? "cal " + uri.getHost() + path + "?" + String.join("&", masked) : null;
    }

    private String digitProblem(URI uri, List<String[]> params) {
        for (int i = 0; i < params.size(); i++) {
            String[] p = params.get(i);
            if (!DIGITS.matcher(p[1]).find()) {
                continue;
            }
            StringBuilder key = new StringBuilder("num ").append(uri.getHost()).append(uri.getRawPath()).append('?');
            for (int j = 0; j < params.size(); j++) {
                String value = j == i ? DIGITS.matcher(params.get(j)[1]).replaceAll("#") : params.get(j)[1];
                key.append(params.get(j)[0]).append('=').append(value).append('&');
            }
            int budget = GENEROUS_NAME.matcher(p[0]).matches() ? generousBudget : digitBudget;
            if (count(key.toString()) > budget) {
                return "trap: more than " + budget + " URLs differing only in parameter " + p[0];
            }
        }
        return null;
    }

    private int count(String pattern) {
        return patternCounts.merge(pattern, 1, Integer::sum);
    }

    private static List<String[]> params(String query) {
        List<String[]> out = new ArrayList<>();
        for (String param : query.split("&")) {
            if (!param.isEmpty()) {
                int eq = param.indexOf('=');
                out.add(eq >= 0 ? new String[] {param.substring(0, eq), param.substring(eq + 1)}
                        : new String[] {param, ""});
            }
        }
        return out;
    }
}
