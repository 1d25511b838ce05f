package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlParsingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        rows of a grid               | <tr><td>1</td><td>a</td></tr><tr><td>2</td><td>b</td></tr>                   | 2
        header row first, upper case | <TR style='x'><TH>Ngày</TH></TR>text<tr><td>1</td><td>b</td></tr>            | 2
        comment and spaces first     | \uFEFF  <!-- view --> <tbody><tr><td>1</td><td>a</td></tr></tbody>           | 1
        a whole page                 | <html><body><table><tr><td>1</td><td>a</td></tr></table></body></html>       | 1
        """)
    void tableRowsKeepTheirRows(String name, String html, int rows) {
        assertThat(HtmlParsing.parse(html, "https://example.gov.vn/").select("tr")).hasSize(rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a list fragment  | <li><a href='/a'>A</a></li>
        a page           | <!DOCTYPE html><html><body><p>x</p></body></html>
        a paragraph      | <p>Bảng <tr> trong văn bản</p>
        """)
    void otherTextIsParsedAsItStands(String name, String html) {
        assertThat(HtmlParsing.tableRowsFragment(html)).isFalse();
        assertThat(HtmlParsing.parse(html, "https://example.gov.vn/").select("table")).isEmpty();
    }
}
