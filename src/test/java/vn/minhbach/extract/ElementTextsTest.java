package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The cheap answers agree with the texts jsoup builds, on every element of awkward layouts. */
class ElementTextsTest {
    private static final List<String> LAYOUTS = List.of(
            "<div><p>Ngày đăng: 15/07/2026</p><p>Không có số</p></div>",
            "<ul><li><a href='/a'>Tin tức</a> <span>(13/7/2026)</span></li><li>\u00A0 \u200B\u00AD </li></ul>",
            "<div>Trang chủ &gt; <a href='/b'>Chuyên mục</a> » <b>Bài</b></div>",
            "<pre>  giữ   nguyên\n\n  khoảng trắng 12  </pre><textarea> 3 </textarea>",
            "<p>a<br>b<br><br>c \u0001 d\u0002</p><table><tr><td>x</td><td>y</td></tr></table>",
            "<div><div><div>" + "chữ dài ".repeat(90) + "</div><p>" + "  \n\t ".repeat(300) + "</p></div></div>",
            "<section>" + "<p>đoạn văn ngắn</p>".repeat(70) + "</section>",
            "<p>٣ chữ số Ả Rập</p><p>\u00A0\u00A0</p><span> ›</span>");

    @Test
    void ownTextQuestionsAgreeWithTheOwnText() {
        for (String layout : LAYOUTS) {
            for (Element e : Jsoup.parse(layout).getAllElements()) {
                String own = e.ownText();
                assertThat(ElementTexts.ownTextHasDigit(e)).as(layout + " / " + e.tagName())
                        .isEqualTo(own.chars().anyMatch(Character::isDigit));
                assertThat(ElementTexts.ownTextHasAny(e, ">»›")).as(layout + " / " + e.tagName())
                        .isEqualTo(own.chars().anyMatch(c -> ">»›".indexOf(c) >= 0));
            }
        }
    }

    @Test
    void textLengthAgreesWithTheText() {
        for (String layout : LAYOUTS) {
            Document doc = Jsoup.parse(layout);
            for (Element e : doc.getAllElements()) {
                int length = e.text().length();
                for (int max : new int[] {0, 1, 5, 60, length - 1, length, length + 1, 1200}) {
                    assertThat(ElementTexts.textLongerThan(e, max)).as(layout + " / " + e.tagName() + " / " + max)
                            .isEqualTo(length > max);
                }
            }
        }
    }
}
