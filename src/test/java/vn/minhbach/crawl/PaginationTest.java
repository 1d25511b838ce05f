package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginationTest {

    @ParameterizedTest(name = "{0} -> {1} [{2}]: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            http://h/tin-tuc/Pages/default.aspx              | http://h/tin-tuc/Pages/default.aspx?page=2          | Tiếp        | true
            http://h/portal.nsf/tin-tuc?OpenView             | http://h/portal.nsf/tin-tuc?OpenView&page=2         | Trang sau » | true
            http://h/tin-tuc?page=2                          | http://h/tin-tuc?page=3                             | ''          | true
            http://h/van-ban?cat=5&pageindex=3               | http://h/van-ban?cat=5&pageindex=4                  | 4           | true
            http://h/tthc/tabid/140/Default.aspx             | http://h/tthc/tabid/140/currentpage/2/Default.aspx  | 2           | true
            http://h/tin-tuc/                                | http://h/tin-tuc/page/3/                            | ›           | true
            http://h/tin-tuc/trang-2                         | http://h/tin-tuc/trang-3                            | Sau         | true
            http://h/tin-tuc/page/2/                         | http://h/tin-tuc/page/3/                            | Next        | true
            http://h/                                        | http://h/?p=123                                     | Bài viết    | false
            http://h/tin-tuc?page=2                          | http://h/van-ban?page=3                             | 3           | false
            http://h/tin-tuc?page=2                          | http://h/tin-tuc?page=3&cat=4                       | 3           | false
            http://h/tin-tuc                                 | http://h/tin-tuc/bai-viet-2.html                    | 2           | false
            http://h/d1.html                                 | http://h/d2.html                                    | 2           | false
            http://h/lich?month=11&year=2026                 | http://h/lich?month=12&year=2026                    | Tháng 12    | false
            http://h/tin-tuc?page=2                          | http://other/tin-tuc?page=3                         | 3           | false
            """)
    void linksThatTurnTheListsPage(String from, String to, String text, boolean turns) {
        assertThat(Pagination.turnsPage(URI.create(from), URI.create(to), text)).isEqualTo(turns);
    }
}
