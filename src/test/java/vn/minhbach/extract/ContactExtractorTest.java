package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.text.PhoneNumber;
import vn.minhbach.text.PhoneNumbers;

class ContactExtractorTest {

    private static List<String> digits(List<PhoneNumber> numbers) {
        return numbers.stream().map(PhoneNumber::digits).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Liferay portlet            | <div class='portlet-body'><p>Đường dây nóng: 0255.3867.345</p></div>                              | 02553867345
        NukeViet upper case        | <div class='block'><strong>HOTLINE</strong> <span>0905 123 456</span></div>                      | 0905123456
        number before the word     | <p>0255 3822 111 (đường dây nóng)</p>                                                          | 02553822111
        1022 with area code        | <div>Gọi 0255.1022 để phản ánh</div>                                                         | 02551022
        SharePoint NFD and NBSP    | <table id='ctl00_tblHeader'><tr><td>Số điện thoại nóng:\u00a00255.3714.507</td></tr></table> | 02553714507
        """)
    void hotlineNextToItsWords(String layout, String html, String expected) {
        String body = html.replace("\\u00a0", "\u00a0");
        ContactFacts facts = ContactExtractor.extract(Samples.html(layout.contains("NFD") ? Samples.nfd(body) : body));

        assertThat(digits(facts.hotlines())).containsExactly(expected);
        assertThat(digits(facts.phones())).contains(expected);
    }

    @Test
    void numberFarFromTheHotlineWordIsOnlyAPhone() {
        ContactFacts facts = ContactExtractor.extract(Samples.html("<p>Đường dây nóng của tỉnh được công bố trong"
                + " quyết định của Chủ tịch UBND tỉnh về việc tiếp nhận thông tin.</p><p>Văn phòng: 0255 3822 111</p>"));

        assertThat(facts.hotlines()).isEmpty();
        assertThat(digits(facts.phones())).containsExactly("02553822111");
    }

    @Test
    void emailsPlainDisguisedAndMailto() {
        ContactFacts facts = ContactExtractor.extract(Samples.html("<p>Email: ubnd[at]lyson.gov.vn; VP(at)QuangNgai.gov.vn"
                + " hoặc <a href='mailto:tiepdan@lyson.gov.vn?subject=Hoi'>gửi thư</a>, banbientap@lyson.gov.vn</p>"));

        assertThat(facts.emails()).containsExactly("ubnd@lyson.gov.vn", "vp@quangngai.gov.vn",
                "banbientap@lyson.gov.vn", "tiepdan@lyson.gov.vn");
    }

    @Test
    void focalOfficialsWithTheirPhone() {
        ContactFacts facts = ContactExtractor.extract(Samples.html("<div class='news'><h2>Thông báo</h2><p>"
                + "CÁN BỘ ĐẦU MỐI tiếp nhận, trả lời câu hỏi của doanh nghiệp: Ông Nguyễn Văn An, Chánh Văn phòng"
                + " HĐND và UBND, điện thoại 0914 123 456.</p></div>"));

        assertThat(facts.focalExcerpt()).contains("Nguyễn Văn An").contains("0914 123 456").hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void focalOfficialsByEmailInADivGrid() {
        ContactFacts facts = ContactExtractor.extract(Samples.html(Samples.nfd("<div class='row'><div class='col'>Người"
                + " phát ngôn</div><div class='col'>Bà Trần Thị Bình</div><div class='col'>binhtt@lyson.gov.vn</div></div>")));

        assertThat(facts.focalExcerpt()).contains("binhtt@lyson.gov.vn");
    }

    @Test
    void focalWordsWithoutAContactGiveNoExcerpt() {
        ContactFacts facts = ContactExtractor.extract(Samples.html("<p>Huyện sẽ bố trí cán bộ đầu mối để hướng dẫn"
                + " người dân.</p>" + "<p>" + "Tin tức khác. ".repeat(40) + "</p><p>Liên hệ: 0255 3822 111</p>"));

        assertThat(facts.focalExcerpt()).isNull();
    }

    @Test
    void labelledFooterOnOneLineAndSeveral() {
        FooterFacts footer = ContactExtractor.extract(Samples.html("<main><p>Tin tức</p></main><footer>"
                + "<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Lý Sơn</p><p>Chịu trách nhiệm: Ông Nguyễn Văn B"
                + " - Chánh Văn phòng</p><p>Địa chỉ: Thôn Đông, xã Lý Sơn - Điện thoại: 0255.3867.345 -"
                + " Email: vp@lyson.gov.vn</p></footer>")).footer();

        assertThat(footer).isEqualTo(new FooterFacts("Ủy ban nhân dân huyện Lý Sơn", "Ông Nguyễn Văn B - Chánh Văn phòng",
                "Thôn Đông, xã Lý Sơn", "0255.3867.345", "vp@lyson.gov.vn"));
    }

    @Test
    void sharePointFooterUpperCaseWithoutAgencyLabel() {
        FooterFacts footer = ContactExtractor.extract(Samples.html("<div id='ctl00_divFooter'><div class='footer-inner'>"
                + "<b>UBND TỈNH QUẢNG NGÃI</b><br>TRƯỞNG BAN BIÊN TẬP: Ông Lê Văn C<br>ĐT: (0255) 3822 709 |"
                + " FAX: (0255) 3822 710<br>E-MAIL: ubnd[at]quangngai.gov.vn</div></div>")).footer();

        assertThat(footer.agency()).isEqualTo("UBND TỈNH QUẢNG NGÃI");
        assertThat(footer.responsible()).isEqualTo("Ông Lê Văn C");
        assertThat(digits(PhoneNumbers.findAll(footer.phone()))).containsExactly("02553822709");
        assertThat(footer.email()).isEqualTo("ubnd@quangngai.gov.vn");
        assertThat(footer.address()).isNull();
    }

    @Test
    void lastTextBlockServesWhenNothingIsMarkedFooter() {
        FooterFacts footer = ContactExtractor.extract(Samples.html("<div class='wrap'><div class='content'><p>"
                + "Nội dung bài viết rất dài về hoạt động của huyện trong tháng.</p></div><div class='bottom'>"
                + "Bản quyền thuộc về UBND huyện Lý Sơn. Địa chỉ: 15 Nguyễn Văn Linh</div></div>")).footer();

        assertThat(footer.agency()).isEqualTo("UBND huyện Lý Sơn");
        assertThat(footer.address()).isEqualTo("15 Nguyễn Văn Linh");
    }

    @Test
    void footerWithoutAPhone() {
        FooterFacts footer = ContactExtractor.extract(Samples.html("<footer class='site-footer'><p>Cơ quan chủ quản:"
                + " Sở Tư pháp tỉnh Quảng Ngãi</p><p>Địa chỉ: 96 Hùng Vương, TP Quảng Ngãi</p></footer>")).footer();

        assertThat(footer.phone()).isNull();
        assertThat(footer.email()).isNull();
        assertThat(footer.agency()).isEqualTo("Sở Tư pháp tỉnh Quảng Ngãi");
    }

    @Test
    void vbplFooterNamesNoPhone() {
        var doc = Samples.vbpl("vbpl_thuoctinh.html", Samples.VBPL_PROPERTIES);
        ContactFacts facts = ContactExtractor.extract(doc);

        assertThat(facts.footer().phone()).isNull();
        assertThat(facts.hotlines()).isEmpty();
    }
}
