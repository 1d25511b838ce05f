package vn.minhbach.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to ask a page's API for the pages of a list after the first (a one-stop site's procedures): from the first page's
 * request and answer, the same request with the page (or offset) parameter moved on. Network-free.
 */
final class ApiPaging {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One request to an API.
     *
     * @param method the HTTP method ("GET", "POST")
     * @param url    the address, with its query
     * @param body   the request body (JSON for the APIs read here), or null for GET
     */
    record ApiCall(String method, URI url, String body) {
    }

    private ApiPaging() {
    }

    /**
     * The requests for the remaining pages, at most {@code maxPages - 1}, in order. The answer's paging
     * fields tell how many pages or items there are (Spring Data's {@code totalPages}/{@code number}/{@code
     * size}, {@code total}/{@code totalRecord}/{@code recordsTotal} with {@code pageSize}/{@code limit},
     * {@code offset}/{@code start}); the request's page parameter (query or JSON body: page, pageIndex, p,
     * pageNo, offset, start, skip) is moved on, numbered from 0 or 1 as the request numbers it. A request
     * without one gets {@code page} (or the answer's offset key) counted as the answer counts. Empty when the
     * answer is the last page or its paging cannot be worked out.
     */
    static List<ApiCall> rest(ApiCall first, String responseJson, int maxPages) {
        Optional<JsonNode> answer = json(responseJson);
        if (first == null || first.url() == null || maxPages <= 1 || answer.isEmpty()) {
            return List.of();
        }
        PagingAnswer paging = PagingAnswer.of(answer.get());
        if (paging.last()) {
            return List.of();
        }
        PageParam param = PageParam.of(first);
        Long requestSize = PageParam.size(first);
        if (param == null) {
            // the request leaves paging to the server's defaults: ask as the answer counts
            if (paging.page() != null) {
                long base = paging.zeroBased() ? 0 : Math.min(paging.page(), 1);
                return pages(first, PageParam.added(first, "page", false), paging.page(), base,
                        paging.pageCount(requestSize), maxPages);
            }
            if (paging.offsetKey() != null) {
                return offsets(first, PageParam.added(first, paging.offsetKey(), true), 0, paging, requestSize,
                        maxPages);
            }
            return List.of();
        }
        if (param.offset()) {
            return offsets(first, param, param.value(), paging, requestSize, maxPages);
        }
        return pages(first, param, param.value(), base(param.value(), paging), paging.pageCount(requestSize),
                maxPages);
    }

    /**
     * Whether the request counts pages from 0 or 1. The first page's request says it by itself (0 or 1); a
     * Spring Data answer, which counts from 0, tells a 1-based request ("page=1" answered "number": 0) from a
     * 0-based one asking for its second page ("page=1" answered "number": 1).
     */
    private static long base(long requested, PagingAnswer paging) {
        if (paging.zeroBased() && paging.page() != null) {
            long shift = requested - paging.page();
            if (shift == 0 || shift == 1) {
                return shift;
            }
        }
        return Math.min(requested, 1);
    }

    private static List<ApiCall> pages(ApiCall first, PageParam param, long current, long base, Long pageCount,
                                       int maxPages) {
        if (pageCount == null) {
            return List.of();
        }
        List<ApiCall> out = new ArrayList<>();
        for (long page = current + 1; page < base + pageCount && out.size() < maxPages - 1; page++) {
            out.add(param.with(first, page));
        }
        return out;
    }

    private static List<ApiCall> offsets(ApiCall first, PageParam param, long current, PagingAnswer paging,
                                         Long requestSize, int maxPages) {
        long step = requestSize != null ? requestSize : paging.size() != null ? paging.size() : paging.items();
        Long end = step > 0 ? paging.itemCount(step) : null;
        if (end == null) {
            return List.of();
        }
        List<ApiCall> out = new ArrayList<>();
        for (long offset = current + step; offset < end && out.size() < maxPages - 1; offset += step) {
            out.add(param.with(first, offset));
        }
        return out;
    }

    /** The parsed answer, or empty when it is not JSON (an HTML error page, a truncated body). */
    static Optional<JsonNode> json(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(text)).filter(n -> !n.isMissingNode());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
