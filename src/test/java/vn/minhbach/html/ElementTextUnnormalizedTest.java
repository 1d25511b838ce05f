package vn.minhbach.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.text.TextArbitraries;
import vn.minhbach.text.VietText;

/** {@link ElementText#unnormalized} normalises to what {@link Element#text()} normalises to, for every element. */
class ElementTextUnnormalizedTest {
    private static final List<String> TAGS = List.of("div", "p", "span", "b", "i", "a", "li", "ul", "td", "th",
            "tr", "table", "pre", "textarea", "h1", "label", "button", "section", "em", "code", "select", "option");

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Hỏi<b>đáp</b> trực <i>tuyến</i></p>",
        "<div>a<div>b</div>c<span>d</span><p>e</p></div>",
        "<span><p>a</p></span><span>b</span>",
        "<ul><li>Tin tức</li><li> \u00A0 </li><li>\u200B\u00AD</li></ul>x",
        "<table><tr><td>Số</td><td>12/KH</td></tr><tr><th>Ngày</th><td><b>1</b>/2</td></tr></table>",
        "<pre>  giữ   nguyên\n\n  khoảng trắng  </pre><textarea> 3 \n 4 </textarea>",
        "a<br>b<br><br>c \u0001 d\u0002<br>",
        "\u0001 \u200B\u0001 lời đầu \u0002\u00A0",
        "<button>Gửi</button><button></button><label>Họ <span>tên</span></label><select><option>A</option><option>B</option></select>",
        "<p>hòa\u0301 a\u200B\u0301 \uD800 😀</p><p>\t\u000B\u000C\r\n</p>",
        "<pre>\u00A0\u00070</pre><p>x \u0001 y</p>",
        "<p>\u200B\u0002 đầu</p><p>cuối \u001B\u00AD</p>",
    })
    void normalisesLikeJsoupsText(String html) {
        assertAgrees(Jsoup.parse(html), html);
    }

    @Test
    void normalisesLikeJsoupsTextOnTheSavedPages() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            pages = files.filter(p -> p.toString().matches(".*\\.html?$")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            assertAgrees(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)), page.toString());
        }
    }

    @Property(tries = 300)
    void normalisesLikeJsoupsTextOnAnyTree(@ForAll("trees") String html) {
        assertAgrees(Jsoup.parse(html), escaped(html));
    }

    @Provide
    Arbitrary<String> trees() {
        Arbitrary<String> text = Arbitraries.oneOf(TextArbitraries.pageLike(6),
                Arbitraries.of(" ", "\n", "\u00A0", "\u200B", "\u00AD", "\u0001", " \t ", "&nbsp;", "<br>", ""));
        Arbitrary<String> tag = Arbitraries.of(TAGS).map(t -> "<" + t + ">");
        Arbitrary<String> close = Arbitraries.of(TAGS).map(t -> "</" + t + ">");
        return Arbitraries.oneOf(text, text, tag, close).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static void assertAgrees(Document doc, String source) {
        for (Element e : doc.getAllElements()) {
            assertThat(escaped(VietText.normalize(ElementText.unnormalized(e)))).as(source + " / " + e.cssSelector())
                    .isEqualTo(escaped(VietText.normalize(e.text())));
        }
    }

    /** The text with every char outside printable ASCII written as its code, so that a failure shows which. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= ' ' && c < 127 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
