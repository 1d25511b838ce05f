package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class WalkTest {
    private static final String PAGE = "<header><nav><a href='/1'>Menu</a><div><a href='/2'>Con</a></div></nav>"
            + "<a href='/3'>Đầu trang</a></header><main><a>không địa chỉ</a><p><a href='/4'>Bài</a></p></main>"
            + "<footer><a href='/5'>Chân trang</a></footer>";

    @Test
    void allIsTheSelectionInDocumentOrder() {
        Document doc = Jsoup.parse(PAGE);
        Evaluator links = QueryParser.parse("a[href]");
        assertThat(Walk.all(doc, e -> false, e -> links.matches(doc, e))).isEqualTo(doc.select(links));
    }

    @Test
    void allLeavesOutTheSkippedSubtrees() {
        Document doc = Jsoup.parse(PAGE);
        Evaluator links = QueryParser.parse("a[href]");
        assertThat(Walk.all(doc.body(), e -> e.nameIs("nav") || e.nameIs("footer"), e -> links.matches(doc, e)))
                .extracting(e -> e.attr("href")).containsExactly("/3", "/4");
    }
}
