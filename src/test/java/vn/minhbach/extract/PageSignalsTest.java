package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageSignalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
        publication label beats updated ^ <div class='meta'>Cập nhật: 05/03/2026</div><div class='meta'>Ngày đăng: 01/03/2026</div> ^ 2026-03-01
        both on one line                ^ <p>Cập nhật: 05/03/2026 - Ngày đăng: 01/03/2026 08:30</p> ^ 2026-03-01
        only an updated date            ^ <div class='post-meta'>Cập nhật lúc 08:30, Thứ Hai, 23/11/2026 (GMT+7)</div> ^ 2026-11-23
        updated in a date-styled box    ^ <span class='date'>Cập nhật lúc 08:30, 23/11/2026</span><span class='views'>Lượt xem 12</span> ^ 2026-11-23
        banner's date of the day        ^ <header><div class='date-today'>Thứ Bảy, 05/12/2026</div></header><article><p class='publish-date'>(08:15 02/12/2026)</p></article> ^ 2026-12-02
        English publish date            ^ <p>Publish date: 5/3/2026</p> ^ 2026-03-05
        effective date is no post date  ^ <p class='date'>Ngày hiệu lực: 01/01/2027</p><p>Posted on 3/12/2026</p> ^ 2026-12-03
        impossible date                 ^ <p>Ngày đăng: 16/72/2020</p> ^ ''
        """)
    void thePagesOwnDate(String what, String body, String expected) {
        LocalDate want = expected.isEmpty() ? null : LocalDate.parse(expected);
        assertThat(PageSignals.date(Jsoup.parse("<html><body>" + body + "</body></html>"))).isEqualTo(want);
    }

    @org.junit.jupiter.api.Test
    void aTrailInABlockNamedPathOrPathway() {
        for (String cls : new String[] {"path", "pathway"}) {
            var doc = Jsoup.parse("<div class='" + cls + "'>Trang chủ &gt; <a href='/cm'>Hỏi – đáp về pháp luật</a></div>"
                    + "<div class='xpath-tools'>a &gt; b</div>");
            org.assertj.core.api.Assertions.assertThat(PageSignals.breadcrumb(doc)).extracting(PageFacts.Label::text)
                    .containsExactly("Trang chủ", "Hỏi - đáp về pháp luật");
        }
    }

    /** A block of thousands of "a &gt;" steps overflowed the stack when tried as a breadcrumb trail. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a >  | 100000
            x »  | 50000
            """)
    void aLongRunOfStepsIsNoTrailAndNoOverflow(String step, int repeats) {
        String html = "<body><p>" + (step + " ").repeat(repeats) + "<a href=\"/x\">x</a></p></body>";
        assertThat(PageSignals.breadcrumb(Jsoup.parse(html, "https://lyson.quangngai.gov.vn/"))).isEmpty();
    }
}
