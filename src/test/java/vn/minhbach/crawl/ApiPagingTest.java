package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.crawl.ApiPaging.ApiCall;

class ApiPagingTest {

    private static final String API = "https://apiigate.example.gov.vn/pa/procedure/";
    private static final String SPRING = """
            {"content":[{"name":"Đăng ký khai sinh","level":4}],"totalPages":6,"number":0,"size":10,"totalElements":60}""";

    /** Each request after the first: its address for a GET, its body for a POST; requests separated by " ; ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Spring query, 0-based   | GET  | search?page=0&size=10&keyword= |  | SPRING | 10 | search?page=1&size=10&keyword= ; search?page=2&size=10&keyword= ; search?page=3&size=10&keyword= ; search?page=4&size=10&keyword= ; search?page=5&size=10&keyword=
        Spring, maxPages        | GET  | search?page=0&size=10 |  | SPRING | 3 | search?page=1&size=10 ; search?page=2&size=10
        Spring, 1-based request | GET  | search?size=10&page=1 |  | {"content":[],"totalPages":3,"number":0,"size":10} | 10 | search?size=10&page=2 ; search?size=10&page=3
        Spring, no page asked   | GET  | search?size=10#top |  | SPRING | 3 | search?size=10&page=1#top ; search?size=10&page=2#top
        POST body paging        | POST | search | {"page":0,"size":10,"keyword":""} | SPRING | 10 | {"page":1,"size":10,"keyword":""} ; {"page":2,"size":10,"keyword":""} ; {"page":3,"size":10,"keyword":""} ; {"page":4,"size":10,"keyword":""} ; {"page":5,"size":10,"keyword":""}
        POST nested paging      | POST | list | {"keyword":"","paging":{"pageIndex":1,"pageSize":10}} | {"result":{"totalCount":25,"items":[]}} | 10 | {"keyword":"","paging":{"pageIndex":2,"pageSize":10}} ; {"keyword":"","paging":{"pageIndex":3,"pageSize":10}}
        POST quoted numbers     | POST | list | {"page":"1","limit":"10"} | {"data":[],"total":30} | 10 | {"page":"2","limit":"10"} ; {"page":"3","limit":"10"}
        POST without page field | POST | list | {"keyword":"khai sinh"} | {"data":{"items":[],"pageIndex":1,"totalPages":3}} | 10 | {"keyword":"khai sinh","page":2} ; {"keyword":"khai sinh","page":3}
        1-based pageIndex query | GET  | list?PageIndex=1&PageSize=10 |  | {"data":{"items":[],"totalRecord":23,"pageIndex":1,"pageSize":10}} | 10 | list?PageIndex=2&PageSize=10 ; list?PageIndex=3&PageSize=10
        size from the items     | GET  | list?p=1 |  | {"rows":[{"a":1},{"a":2}],"totalRecords":5} | 10 | list?p=2 ; list?p=3
        Laravel last_page       | GET  | list?page=1 |  | {"data":[],"meta":{"current_page":1,"last_page":2,"per_page":15,"total":30}} | 10 | list?page=2
        offset and limit        | GET  | list?offset=0&limit=20 |  | {"items":[],"total":55,"offset":0,"limit":20} | 10 | list?offset=20&limit=20 ; list?offset=40&limit=20
        DataTables start/length | GET  | list?draw=1&start=0&length=25 |  | {"draw":1,"recordsTotal":60,"recordsFiltered":60,"data":[]} | 10 | list?draw=1&start=25&length=25 ; list?draw=1&start=50&length=25
        offset the answer names | GET  | list?limit=20 |  | {"items":[],"total":45,"start":0,"limit":20} | 10 | list?limit=20&start=20 ; list?limit=20&start=40
        no paging fields        | GET  | list?page=1 |  | {"data":[{"tenThuTuc":"A","mucDo":4}]} | 10 |
        no page anywhere        | GET  | list |  | {"data":[{"a":1}],"total":60} | 10 |
        last page               | GET  | search?page=0 |  | {"content":[],"totalPages":1,"number":0,"last":true} | 10 |
        single page             | GET  | search?page=0 |  | {"content":[],"totalPages":1,"number":0} | 10 |
        one page wanted         | GET  | search?page=0 |  | SPRING | 1 |
        malformed answer        | GET  | search?page=0 |  | {"content":[ | 10 |
        """)
    void asksForTheRemainingPages(String shape, String method, String path, String body, String answer, int maxPages,
                                  String expected) {
        ApiCall first = new ApiCall(method, URI.create(API + path), body);

        String rest = ApiPaging.rest(first, answer.equals("SPRING") ? SPRING : answer, maxPages).stream()
                .map(call -> call.body() == null ? call.url().toString().substring(API.length()) : call.body())
                .collect(Collectors.joining(" ; "));

        assertThat(rest).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void keepsMethodAndTheRestOfTheRequest() {
        ApiCall first = new ApiCall("POST", URI.create(API + "search?lang=vi"), "{\"page\":0,\"size\":10}");

        ApiCall second = ApiPaging.rest(first, SPRING, 10).get(0);

        assertThat(second).isEqualTo(new ApiCall("POST", URI.create(API + "search?lang=vi"), "{\"page\":1,\"size\":10}"));
    }
}
