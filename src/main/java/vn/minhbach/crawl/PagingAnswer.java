package vn.minhbach.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.minhbach.text.KeyWords;

/**
 * The paging fields of a list answer, read at its top or in a paging envelope just below it ({@code data},
 * {@code result}, {@code meta}, {@code pagination}, {@code page} …): Spring Data pages, page/total/size
 * triples, offset/limit/total. Keys are matched by their folded words, so {@code total_records},
 * {@code totalRecords} and {@code TotalRecords} are one key.
 *
 * @param page        the page it is, or null
 * @param zeroBased   whether {@code page} is a Spring Data {@code number}, which counts from 0
 * @param pages       how many pages there are, or null
 * @param total       how many items there are, or null
 * @param size        how many items a page holds, or null
 * @param offsetKey   the key of the offset the answer starts at ("offset", "start"), or null
 * @param last        whether the answer says it is the last page
 * @param items       the length of the longest array near the top (the page's items), 0 when none
 */
record PagingAnswer(Long page, boolean zeroBased, Long pages, Long total, Long size, String offsetKey,
                    boolean last, int items) {

    private static final Set<String> ENVELOPES = Set.of("data", "result", "results", "meta", "metadata",
            "pagination", "paging", "page", "pageinfo", "pager", "pageable", "response", "body", "payload", "content");
    private static final List<String> PAGE = List.of("number", "page", "pageindex", "pagenumber", "currentpage",
            "pageno", "pagenum", "curpage", "current");
    private static final List<String> PAGES = List.of("totalpages", "totalpage", "pagecount", "numpages",
            "lastpage", "pages");
    private static final List<String> TOTAL = List.of("totalelements", "total", "totalcount", "totalrecord",
            "totalrecords", "totalitems", "recordsfiltered", "recordstotal", "totalrow", "totalrows", "totalsize",
            "totalresults", "totalhits", "count");
    static final List<String> SIZE = List.of("size", "pagesize", "limit", "perpage", "length", "itemsperpage",
            "pagelength", "take", "rows", "maxresults");
    private static final List<String> OFFSET = List.of("offset", "start", "skip", "from");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,12}");
    private static final int MAX_DEPTH = 2;

    /** The paging fields of the answer; all null when it has none. */
    static PagingAnswer of(JsonNode root) {
        Map<String, Long> numbers = new HashMap<>();
        Map<String, String> rawKeys = new HashMap<>();
        Map<String, Boolean> flags = new HashMap<>();
        int items = root.isArray() ? root.size() : 0;
        Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
        Deque<Integer> depths = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            int depth = depths.poll();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = KeyWords.joined(field.getKey());
                JsonNode v = field.getValue();
                Long n = integer(v);
                if (n != null) {
                    rawKeys.putIfAbsent(key, field.getKey());
                    numbers.putIfAbsent(key, n);
                } else if (v.isBoolean()) {
                    flags.putIfAbsent(key, v.asBoolean());
                } else if (v.isArray()) {
                    items = Math.max(items, v.size());
                } else if (v.isObject() && depth < MAX_DEPTH && ENVELOPES.contains(key)) {
                    queue.add(v);
                    depths.add(depth + 1);
                }
            }
        }
        String pageKey = PAGE.stream().filter(numbers::containsKey).findFirst().orElse(null);
        String offsetKey = OFFSET.stream().filter(numbers::containsKey).findFirst().orElse(null);
        boolean last = flags.getOrDefault("last", false) || !flags.getOrDefault("hasnext", true)
                || !flags.getOrDefault("hasmore", true) || !flags.getOrDefault("hasnextpage", true);
        return new PagingAnswer(pageKey == null ? null : numbers.get(pageKey), "number".equals(pageKey),
                first(numbers, PAGES), first(numbers, TOTAL), first(numbers, SIZE),
                offsetKey == null ? null : rawKeys.get(offsetKey), last, items);
    }

    /** How many pages there are: stated, or the total over the page size; null when unknown. */
    Long pageCount(Long requestSize) {
        if (pages != null) {
            return pages;
        }
        long perPage = size != null ? size : requestSize != null ? requestSize : items;
        return total == null || perPage <= 0 ? null : (total + perPage - 1) / perPage;
    }

    /** How many items there are: stated, or the pages times the page size; null when unknown. */
    Long itemCount(long perPage) {
        return total != null ? total : pages != null ? pages * perPage : null;
    }

    /** A whole number, written as a number or as a string of digits; else null. */
    static Long integer(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong() >= 0 ? v.asLong() : null;
        }
        String text = v.isTextual() ? v.asText().strip() : "";
        return INTEGER.matcher(text).matches() ? Long.parseLong(text) : null;
    }

    private static Long first(Map<String, Long> numbers, List<String> keys) {
        return keys.stream().filter(numbers::containsKey).map(numbers::get).findFirst().orElse(null);
    }
}
