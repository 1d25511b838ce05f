package vn.minhbach.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    private static final URI BASE = URI.create("http://example.gov.vn/tin-tuc/trang.html?x=1");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            /a/b.html                               | http://example.gov.vn/a/b.html
            b.html                                  | http://example.gov.vn/tin-tuc/b.html
            ../b.html                               | http://example.gov.vn/b.html
            ../../../b.html                         | http://example.gov.vn/b.html
            /a/./b/../c                             | http://example.gov.vn/a/c
            /a/b/..                                 | http://example.gov.vn/a/
            ?y=2                                    | http://example.gov.vn/tin-tuc/trang.html?y=2
            #top                                    | http://example.gov.vn/tin-tuc/trang.html?x=1
            /a#frag                                 | http://example.gov.vn/a
            HTTP://Example.GOV.vn:80/A              | http://example.gov.vn/A
            https://example.gov.vn:443/             | https://example.gov.vn/
            https://example.gov.vn:8443             | https://example.gov.vn:8443/
            //cdn.example.gov.vn/x.js               | http://cdn.example.gov.vn/x.js
            /p?b=2&a=1&c=3                          | http://example.gov.vn/p?a=1&b=2&c=3
            /p?a=2&a=1                              | http://example.gov.vn/p?a=1&a=2
            /p?b=1&&a=2&                            | http://example.gov.vn/p?a=2&b=1
            /p;jsessionid=ABC123?x=1                | http://example.gov.vn/p?x=1
            /p;JSESSIONID=abc/q                     | http://example.gov.vn/p/q
            /p?PHPSESSID=abc&id=4                   | http://example.gov.vn/p?id=4
            /p?sid=abc&id=4&sessionid=z             | http://example.gov.vn/p?id=4
            /(S(lit3py55t21z5v55vlm25s55))/x.aspx   | http://example.gov.vn/x.aspx
            /(X(1)S(abc))/x.aspx                    | http://example.gov.vn/x.aspx
            /văn bản/tin tức.html                   | http://example.gov.vn/v%C4%83n%20b%E1%BA%A3n/tin%20t%E1%BB%A9c.html
            /v%c4%83n%20b%e1%ba%a3n/                | http://example.gov.vn/v%C4%83n%20b%E1%BA%A3n/
            /%7Euser/%41                            | http://example.gov.vn/~user/A
            /search?q=thủ tục                       | http://example.gov.vn/search?q=th%E1%BB%A7%20t%E1%BB%A5c
            /100%/x                                 | http://example.gov.vn/100%25/x
            '  /a/b  '                              | http://example.gov.vn/a/b
            javascript:void(0)                      | NULL
            JavaScript:downloadfile('a','/b.pdf')   | NULL
            mailto:a@example.gov.vn                 | NULL
            tel:0123456789                          | NULL
            data:text/html;base64,AAAA              | NULL
            ftp://example.gov.vn/file               | NULL
            http://                                 | NULL
            """)
    void normalises(String href, String expected) {
        URI actual = UrlNormalizer.normalize(BASE, href);
        assertThat(actual == null ? null : actual.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.gov.vn, a.html, http://example.gov.vn/a.html",
        "http://example.gov.vn, '', http://example.gov.vn/",
    })
    void resolvesAgainstABaseWithoutPath(String base, String href, String expected) {
        assertThat(UrlNormalizer.normalize(URI.create(base), href)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.gov.vn/a?b=1&a=2",
        "http://example.gov.vn/v%C4%83n/",
        "https://example.gov.vn:8443/x?y=%20z",
    })
    void isIdempotent(String url) {
        URI once = UrlNormalizer.normalize(null, url);
        assertThat(UrlNormalizer.normalize(null, once.toString())).isEqualTo(once);
    }

    @Test
    void theSameLinkOnPagesOfOtherSitesOrPathsResolvesAgainstEach() {
        for (int round = 0; round < 2; round++) {
            assertThat(UrlNormalizer.normalize(URI.create("http://a.gov.vn/x/y"), "/tin-tuc?b=2&a=1"))
                    .hasToString("http://a.gov.vn/tin-tuc?a=1&b=2");
            assertThat(UrlNormalizer.normalize(URI.create("https://b.gov.vn:8443/"), "/tin-tuc?b=2&a=1"))
                    .hasToString("https://b.gov.vn:8443/tin-tuc?a=1&b=2");
            assertThat(UrlNormalizer.normalize(URI.create("http://a.gov.vn/x/y"), "z")).hasToString("http://a.gov.vn/x/z");
            assertThat(UrlNormalizer.normalize(URI.create("http://a.gov.vn/q/"), "z")).hasToString("http://a.gov.vn/q/z");
            assertThat(UrlNormalizer.normalize(URI.create("http://a.gov.vn/"), "HTTP://C.gov.vn:80/a#b"))
                    .hasToString("http://c.gov.vn/a");
            assertThat(UrlNormalizer.normalize(URI.create("http://a.gov.vn/"), "http://[bad")).isNull();
        }
    }

    @Test
    void aLinkIsKeyedWithoutThePagePathOnlyWhenItsTargetDoesNotDependOnIt() {
        assertThat(UrlNormalizer.pathFreeKey("http://a.gov.vn/x/y", "HTTPS://b.gov.vn/z")).isEqualTo("HTTPS://b.gov.vn/z");
        assertThat(UrlNormalizer.pathFreeKey("http://a.gov.vn:8080/x/y?q", "/z"))
                .isEqualTo(UrlNormalizer.pathFreeKey("http://a.gov.vn:8080?r", "/z"))
                .isNotEqualTo(UrlNormalizer.pathFreeKey("http://b.gov.vn:8080/x/y", "/z"));
        assertThat(UrlNormalizer.pathFreeKey("http://a.gov.vn/x/y", "z")).isNull();
        assertThat(UrlNormalizer.pathFreeKey("http://a.gov.vn/x/y", "//cdn.gov.vn/z")).isNull();
        assertThat(UrlNormalizer.pathFreeKey("http://a.gov.vn/x/y", "?page=2")).isNull();
        assertThat(UrlNormalizer.pathFreeKey(null, "/z")).isNull();
    }
}
