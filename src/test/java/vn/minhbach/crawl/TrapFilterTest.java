package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapFilterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            http://h/a/b/c                                      | NULL
            http://h/tin-tuc/2024/05/bai-viet.html              | NULL
            http://h/p?page=3&cat=5                             | NULL
            http://h/a/b/a/b/a/b                                | repeated path segment
            http://h/x/x/x                                      | repeated path segment
            http://h/p?a=1&b=2&a=3                              | repeated query parameter
            http://h/p?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11 | more than 10 query parameters
            http://h/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17/18/19/20/21 | path deeper than 20
            """)
    void structuralTraps(String url, String reason) {
        String actual = new TrapFilter().check(URI.create(url));
        if (reason == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).contains(reason);
        }
    }

    @Test
    void longQueryIsATrap() {
        String url = "http://h/p?q=" + "a".repeat(TrapFilter.MAX_QUERY_CHARS);
        assertThat(new TrapFilter().check(URI.create(url))).contains("query longer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://h/lich?month=2026-%02d
            http://h/lich?date=2026-01-%02d
            http://h/calendar/2026/%d
            http://h/lich?year=2026&month=%d
            http://h/lich?view=week&ngay=%02d/01/2026
            http://h/event?ym=2026%02d
            """)
    void calendarsGetASmallBudget(String template) {
        TrapFilter filter = new TrapFilter(5, 100, 1000);
        for (int i = 1; i <= 5; i++) {
            assertThat(filter.check(URI.create(template.formatted(i)))).as("variant %d", i).isNull();
        }
        assertThat(filter.check(URI.create(template.formatted(6)))).contains("calendar");
    }

    @Test
    void calendarBudgetIsPerPattern() {
        TrapFilter filter = new TrapFilter(2, 100, 1000);
        filter.check(URI.create("http://h/a?month=2026-01"));
        filter.check(URI.create("http://h/a?month=2026-02"));
        assertThat(filter.check(URI.create("http://h/b?month=2026-03"))).isNull();
        assertThat(filter.check(URI.create("http://h/a?month=2026-03"))).contains("calendar");
    }

    @ParameterizedTest
    @CsvSource({
        "http://h/list?step=%d, 3",
        "http://h/list?cat=7&r=x%dy, 3",
        "http://h/list?page=%d, 30",
        "http://h/list?cat=7&trang=%d, 30",
        "http://h/list?pageIndex=%d, 30",
        "http://h/news?NewsID=%d, 30",
    })
    void digitVariantsGetABudgetAndPaginationAGenerousOne(String template, int budget) {
        TrapFilter filter = new TrapFilter(2, 3, 30);
        for (int i = 1; i <= budget; i++) {
            assertThat(filter.check(URI.create(template.formatted(i)))).as("variant %d", i).isNull();
        }
        assertThat(filter.check(URI.create(template.formatted(budget + 1)))).contains("differing only in parameter");
    }
}
