package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QaExtractorTest {

    private static final URI PAGE = URI.create("https://lyson.example.gov.vn/hoi-dap");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Liferay list items      | <div class='portlet-body'><div class='qa-item'><a href='/hoi-dap/1'>Thủ tục cấp sổ đỏ như thế nào?</a><p>Ngày hỏi: 02/03/2024</p><p>Ngày trả lời: 05/03/2024</p></div><div class='qa-item'><a href='/hoi-dap/2'>Xin giấy phép kinh doanh ở đâu?</a><p>Ngày hỏi: 10/03/2024</p><p>Ngày trả lời:</p></div></div> | Thủ tục cấp sổ đỏ như thế nào? | 2024-03-02 | 2024-03-05 | https://lyson.example.gov.vn/hoi-dap/1
        NukeViet upper labels   | <ul><li><h3><a href='/faq/a-1.html'>Hỗ trợ doanh nghiệp nhỏ ra sao?</a></h3><span>NGÀY GỬI: 1/2/2024</span> <span>ĐÃ TRẢ LỜI NGÀY 6/2/2024</span></li><li><h3><a href='/faq/a-2.html'>Thuế môn bài năm nay?</a></h3><span>NGÀY GỬI: 3/2/2024</span></li></ul> | Hỗ trợ doanh nghiệp nhỏ ra sao? | 2024-02-01 | 2024-02-06 | https://lyson.example.gov.vn/faq/a-1.html
        detail with answer text | <h1>Hỏi đáp</h1><div class='question'><b>Câu hỏi (12/03/2024):</b> Tôi muốn đăng ký hộ kinh doanh thì nộp hồ sơ ở đâu?</div><div class='answer'><b>Trả lời:</b> Ông nộp tại Bộ phận một cửa của UBND đặc khu.</div> | Tôi muốn đăng ký hộ kinh doanh thì nộp hồ sơ ở đâu? | 2024-03-12 | | https://lyson.example.gov.vn/hoi-dap
        DNN div grid NFD        | <div class='DnnModule'><div class='row'><div class='col'>Người hỏi: Nguyễn Văn A</div><div class='col'>Ngày đặt câu hỏi</div><div class='col'>20/01/2025</div><div class='title'><a href='/Default.aspx?tabid=5&ItemId=9'>Hồ sơ xin cấp phép xây dựng gồm những gì?</a></div><div class='col'>Ngày phản hồi</div><div class='col'>22/01/2025</div></div></div> | Hồ sơ xin cấp phép xây dựng gồm những gì? | 2025-01-20 | 2025-01-22 | https://lyson.example.gov.vn/Default.aspx?tabid=5&ItemId=9
        SharePoint table        | <table id='ctl00_gvHoiDap'><tr><th>STT</th><th>Câu hỏi</th><th>Ngày gửi</th><th>Ngày trả lời</th></tr><tr><td>1</td><td><a href='ChiTiet.aspx?ItemID=3'>Thời hạn nộp thuế đất?</a></td><td>04/04/2024</td><td>08/04/2024</td></tr><tr><td>2</td><td>Chưa có câu trả lời cho tôi?</td><td>05/04/2024</td><td></td></tr></table> | Thời hạn nộp thuế đất? | 2024-04-04 | 2024-04-08 | https://lyson.example.gov.vn/ChiTiet.aspx?ItemID=3
        status column           | <table><tr><td>Tiêu đề</td><td>Ngày hỏi</td><td>Tình trạng</td></tr><tr><td>Cấp đổi căn cước ở đâu?</td><td>01/05/2024</td><td>Đã trả lời</td></tr><tr><td>Đăng ký tạm trú?</td><td>02/05/2024</td><td>Chờ xử lý</td></tr></table> | Cấp đổi căn cước ở đâu? | 2024-05-01 | | https://lyson.example.gov.vn/hoi-dap
        """)
    void onlyAnsweredQuestionsOfEachLayout(String layout, String html, String question, LocalDate asked,
                                           LocalDate answered, URI url) {
        String body = layout.endsWith("NFD") ? Samples.nfd(html) : html;
        List<QaPair> pairs = QaExtractor.extract(PAGE, Samples.html(body));

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(Folded.of(p.question()).text()).isEqualTo(question);
            assertThat(p.asked()).isEqualTo(asked);
            assertThat(p.answered()).isEqualTo(answered);
            assertThat(p.url()).isEqualTo(url);
        });
    }

    @Test
    void severalAnsweredQuestionsKeepPageOrder() {
        var doc = Samples.html("<div><div class='item'><a href='/q/1'>Câu hỏi thứ nhất về đất đai</a>"
                + "<span>Ngày hỏi: 01/01/2024</span><span>Ngày trả lời: 03/01/2024</span></div>"
                + "<div class='item'><a href='/q/2'>Câu hỏi thứ hai về thuế</a><span>Ngày hỏi: 02/01/2024</span>"
                + "<span>Ngày trả lời: 09/01/2024</span></div></div>");

        assertThat(QaExtractor.extract(PAGE, doc)).extracting(QaPair::answered)
                .containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 9));
    }

    @Test
    void pageWithoutQuestionsYieldsNothing() {
        var doc = Samples.html("<h1>Tin tức</h1><p>Ngày 12/03/2024, đoàn công tác đã trả lời phỏng vấn báo chí"
                + " về tình hình phát triển du lịch.</p><a href='/hoi-dap'>Hỏi đáp</a>");

        assertThat(QaExtractor.extract(PAGE, doc)).isEmpty();
    }

    @Test
    void vbplPageHasNoQuestions() {
        assertThat(QaExtractor.extract(Samples.VBPL_PROPERTIES,
                Samples.vbpl("vbpl_thuoctinh.html", Samples.VBPL_PROPERTIES))).isEmpty();
    }
}
