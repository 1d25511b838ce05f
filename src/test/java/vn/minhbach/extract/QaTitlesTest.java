package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question's title is its own text: not the banner's link, a bold hotline, or the asker under the link. */
class QaTitlesTest {

    private static final URI PAGE = URI.create("https://lyson.example.gov.vn/hoi-dap/chi-tiet?id=530");
    private static final String QUESTION = "Thủ tục đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn?";

    private static List<QaPair> read(String title, String body) {
        return QaExtractor.extract(PAGE, Jsoup.parse("<html><head><title>" + title + "</title></head><body>" + body
                + "</body></html>", PAGE.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
        banner link before the heading ^ Q | Cổng thông tin ^ <header><div class='brand'><a href='/'>ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN</a></div></header><main><h1>Q</h1><p>Ngày hỏi: 24/11/2026</p><p>Q</p><div class='answer'><h2>Trả lời</h2><p>Ngày trả lời: 25/11/2026</p><p>Người yêu cầu nộp tờ khai theo mẫu tại UBND xã.</p></div></main>
        hotline in bold in a header pane ^ Lý Sơn > Q ^ <div id='dnn_header'><p>Đường dây nóng: <strong>0255.3867.123</strong></p></div><div><h2 class='c_title'>Q</h2><dl><dt>Ngày gửi</dt><dd>24/11/2026</dd><dt>Nội dung</dt><dd>Q</dd><dt>Ngày trả lời</dt><dd>25/11/2026</dd><dt>Trả lời</dt><dd>Người yêu cầu nộp tờ khai theo mẫu.</dd></dl></div>
        menu links before the title ^ Q - UBND huyện ^ <div id='nav'><a href='/gioi-thieu'>Giới thiệu chung về huyện</a></div><div><h2>Q</h2><p>Ngày gửi: 24/11/2026</p><p>Ngày trả lời: 25/11/2026</p><p>Trả lời: Người yêu cầu nộp tờ khai theo mẫu.</p></div>
        """)
    void aQuestionsOwnPageIsNamedByItsQuestion(String what, String title, String body) {
        List<QaPair> pairs = read(title.replace("Q", QUESTION), body.replace(">Q<", ">" + QUESTION + "<"));

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(Folded.of(p.question()).text()).isEqualTo(QUESTION);
            assertThat(p.url()).isEqualTo(PAGE);
        });
    }

    @Test
    void theAskerUnderTheQuestionsLinkIsNotPartOfTheQuestion() {
        List<QaPair> pairs = read("Hỏi đáp", "<table><tr><th>Ngày gửi</th><th>Câu hỏi</th><th>Ngày trả lời</th></tr>"
                + "<tr><td>24/11/2026</td><td><a href='/hoidap.nsf/CauHoi?openForm&ParentUNID=530'>" + QUESTION
                + "</a><br><i>Nguyễn Văn An (thôn Đông An Vĩnh)</i></td><td>25/11/2026</td></tr></table>");

        assertThat(pairs).singleElement().satisfies(p -> assertThat(Folded.of(p.question()).text()).isEqualTo(QUESTION));
    }

    @Test
    void aQuestionWithEmptyAnswerFieldsIsUnanswered() {
        List<QaPair> pairs = read(QUESTION, "<table><tr><td><h3>Ngày gửi</h3></td><td>27/11/2026</td></tr>"
                + "<tr><td><h3>Nội dung câu hỏi</h3></td><td>" + QUESTION + "</td></tr>"
                + "<tr><td><h3>Ngày trả lời</h3></td><td></td></tr><tr><td><h3>Nội dung trả lời</h3></td><td></td></tr>"
                + "<tr><td><h3>Đơn vị trả lời</h3></td><td></td></tr></table>");

        assertThat(pairs).isEmpty();
    }

    @Test
    void aMenuLinkNamedForAnswersIsNoAnswer() {
        List<QaPair> pairs = read(QUESTION + " - UBND huyện", "<table><tr><td class='menu'><a href='/'>TRANG CHỦ</a> | "
                + "<a href='/HoiDap/Default.aspx'>GIẢI ĐÁP</a> | <a href='/lich'>LỊCH CÔNG TÁC</a></td></tr></table>"
                + "<table><tr><td>Ngày hỏi:</td><td>27/11/2026</td></tr><tr><td>Câu hỏi:</td><td>" + QUESTION + "</td></tr>"
                + "<tr><td>Ngày trả lời:</td><td><span></span></td></tr><tr><td>Trả lời:</td><td><span></span></td></tr></table>");

        assertThat(pairs).isEmpty();
    }
}
