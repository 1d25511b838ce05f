package vn.minhbach.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        visible text first             | <a href='/x' title='Tiêu đề'> Hỏi đáp </a>                                                  | Hỏi đáp
        aria-label                     | <a href='/x' aria-label='Hỏi - Đáp'><i class='icon'></i></a>                                | Hỏi - Đáp
        title of the link              | <a href='/x' title='Văn bản pháp luật'><img src='/a.png'></a>                               | Văn bản pháp luật
        alt of the image               | <a href='/x'><img src='/a.png' alt='Công khai ngân sách'></a>                                | Công khai ngân sách
        SharePoint banner, empty alt   | <a href='/Pages/hoi-dap.aspx'><img src='/PublishingImages/banner_hoidap.png' alt=''></a>    | hoi dap
        slug with an id and extension  | <a href='https://x.gov.vn/tin-tuc/thu-tuc-hanh-chinh-1234.html?p=2'><img src='/b.jpg'></a> | thu tuc hanh chinh
        image name when the page is not named | <a href='/Pages/default.aspx?id=5'><img src='/images/Banner-DuongDayNong.png'></a> | duong day nong
        an id segment is passed over   | <a href='/lien-he/123'><img src='/i.png'></a>                                               | lien he
        nothing to say                 | <a href='javascript:void(0)'><img src='/1.png' alt=''></a>                                  | ''
        """)
    void nameOfALink(String layout, String html, String name) {
        var a = Jsoup.parse(html, "https://x.gov.vn/").selectFirst("a");
        assertThat(LinkNames.of(a)).isEqualTo(name);
    }

    @Test
    void aLinksTextIsItsTextAsJsoupGivesIt() {
        for (String text : List.of("Hỏi đáp", " Hỏi  đáp ", "Hỏi\u00A0đáp", "Hỏi\u200Bđáp", "Hỏi\u00ADđáp", "Hỏi\nđáp",
                "x", "Tin tức - Sự kiện - mục 1", "\u0001Hỏi", "Hỏi đáp\u0002", "a\u2003b\u2003")) {
            Element a = new Element("a").attr("href", "/x").appendText(text);
            assertThat(LinkNames.accessible(a)).as(text).isEqualTo(a.text().strip());
            Element pre = new Element("pre").appendChild(a.clone());
            assertThat(LinkNames.accessible(pre.child(0))).as(text).isEqualTo(pre.child(0).text().strip());
        }
    }
}
