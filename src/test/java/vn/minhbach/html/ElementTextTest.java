package vn.minhbach.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href='/x'>Tin tức - Sự kiện</a>",
        "<a href='/x'></a>",
        "<a href='/x'> Hỏi đáp </a>",
        "<a href='/x'>Hỏi  đáp</a>",
        "<a href='/x'>Hỏi\nđáp</a>",
        "<a href='/x'>Hỏi&nbsp;đáp</a>",
        "<a href='/x'>Hỏi\u200bđáp</a>",
        "<a href='/x'>Thủ tục\u00adhành chính</a>",
        "<a href='/x'>Văn bản <b>mới</b></a>",
        "<pre><a href='/x'>Văn  bản\n mới</a></pre>",
        "<pre><a href='/x'>Văn bản mới</a></pre>",
        "<a href='/x'>\u0001Văn bản</a>",
        "<a href='/x'>Số 12/2026/QĐ-UBND 𝐀</a>",
    })
    void givesWhatJsoupGives(String html) {
        Element a = Jsoup.parse(html).selectFirst("a");
        assertThat(ElementText.of(a)).isEqualTo(a.text());
    }
}
