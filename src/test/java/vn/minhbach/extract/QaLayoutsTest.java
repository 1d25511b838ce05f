package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Question-and-answer layouts modelled on real portals (src/test/resources/qa), with and without labels. */
class QaLayoutsTest {

    private static final URI PAGE = URI.create("https://stttt.example.gov.vn/web/stttt/hoi-dap");

    static Document page(String name) {
        try (InputStream in = QaLayoutsTest.class.getResourceAsStream("/qa/" + name)) {
            return Jsoup.parse(in, "UTF-8", PAGE.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<QaPair> pairs(String name) {
        return QaExtractor.extract(PAGE, page(name));
    }

    @Test
    void liferayAssetPublisherWithoutLabelsReadsParenthesisedDates() {
        assertThat(pairs("liferay7-unlabelled.html"))
                .extracting(QaPair::question, QaPair::asked, QaPair::answered, p -> p.url().getPath())
                .containsExactly(
                        tuple("Cấp giấy phép xuất bản bản tin cần những giấy tờ gì?", LocalDate.of(2016, 8, 4),
                                LocalDate.of(2016, 9, 15), "/web/stttt/hoi-dap/-/asset_publisher/qa/content/cap-phep-xuat-ban-ban-tin"),
                        tuple("Đăng ký tên miền .gov.vn cho xã thực hiện thế nào?", LocalDate.of(2016, 9, 1),
                                LocalDate.of(2016, 9, 6), "/web/stttt/hoi-dap/-/asset_publisher/qa/content/dang-ky-ten-mien"),
                        tuple("Dự án đầu tư hạ tầng viễn thông thụ động có cần xin phép?", LocalDate.of(2016, 10, 3),
                                LocalDate.of(2016, 10, 10), "/web/stttt/hoi-dap/-/asset_publisher/qa/content/dau-tu-ha-tang-vien-thong"));
    }

    @Test
    void unwrappedSiblingsAreCutIntoPairsAtEachAnswerersLine() {
        assertThat(pairs("nukeviet-flat.html"))
                .extracting(QaPair::question, QaPair::asked, QaPair::answered)
                .containsExactly(
                        tuple("Hỗ trợ hộ nghèo xây nhà ở được bao nhiêu tiền?", LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 14)),
                        tuple("Đăng ký khai sinh cho con ở đâu khi tạm trú?", LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 26)),
                        tuple("Cấp lại giấy chứng nhận quyền sử dụng đất bị mất?", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10)));
    }

    @Test
    void accordionWithHiddenAnswersAndSeveralLabelsOnOneLine() {
        assertThat(pairs("dnn-accordion.html"))
                .extracting(QaPair::question, QaPair::asked, QaPair::answered, QaPair::url)
                .containsExactly(
                        tuple("Thời hạn cấp giấy phép lái xe hạng A1 là bao lâu?", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 5), PAGE),
                        tuple("Đổi giấy phép lái xe quá hạn cần làm gì?", LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 18), PAGE),
                        tuple("Học phí đào tạo lái xe hạng B2 do ai quy định?", LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 22), PAGE));
    }

    @Test
    void tableRowsOfQuestionsAndAnswersWithTimesBeforeTheDates() {
        assertThat(pairs("sharepoint-table.html"))
                .extracting(QaPair::question, QaPair::asked, QaPair::answered)
                .containsExactly(
                        tuple("Thành lập doanh nghiệp xã hội cần điều kiện gì?", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9)),
                        tuple("Thay đổi người đại diện theo pháp luật nộp hồ sơ ở đâu?", LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 11)));
    }

    @Test
    void englishLabelsAndAnUpdatedDateThatIsNotTheAnswers() {
        assertThat(pairs("english-faq.html"))
                .extracting(QaPair::question, QaPair::asked, QaPair::answered)
                .containsExactly(
                        tuple("Can a foreign investor lease land in an industrial park?", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 9)),
                        tuple("How long does an investment registration certificate take?", LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 12)));
    }

    @ParameterizedTest
    @CsvSource({"congbao-sonla/documents_by_gazette_sample.html", "congbao-sonla/danh_muc.html",
        "congbao-sonla/gazettes_by_year_2026.html", "dichvucong/index.html", "vbpl/vbpl_search.html",
        "vbpl/vbpl_thuoctinh.html", "vbpl/vbpl_v1.html", "vbpl/vbpl_v2.html"})
    void realPagesWithoutQuestionsGiveNoPairs(String sample) throws IOException {
        try (InputStream in = QaLayoutsTest.class.getResourceAsStream("/samples/" + sample)) {
            Document doc = Jsoup.parse(in, "UTF-8", "https://example.gov.vn/" + sample);
            assertThat(QaExtractor.extract(URI.create("https://example.gov.vn/" + sample), doc)).isEmpty();
        }
    }

    @Test
    void linesBrokenByBrWithoutAnyWrapper() {
        Document doc = Samples.html("<div class='news-content'>Hỏi về chế độ thai sản cho lao động nữ<br>"
                + "Tôi nghỉ sinh con thì được hưởng bao nhiêu tháng lương?<br>Phan Thị Thu (7/5/2026 9:15)<br>"
                + "<b>Trả lời:</b><br>Lao động nữ được nghỉ 6 tháng và hưởng trợ cấp từ quỹ bảo hiểm xã hội.<br>"
                + "Bảo hiểm xã hội huyện (12/5/2026 14:00)<br><br>Hỏi về cấp lại thẻ bảo hiểm y tế bị mất<br>"
                + "Thẻ của tôi bị mất, cấp lại ở đâu?<br>Lê Văn Tư (8/5/2026 10:00)<br><b>Trả lời:</b><br>"
                + "Ông đến bộ phận một cửa của huyện để được cấp lại trong ngày.<br>Bảo hiểm xã hội huyện (9/5/2026 08:00)</div>");

        assertThat(QaExtractor.extract(PAGE, doc))
                .extracting(QaPair::question, QaPair::asked, QaPair::answered)
                .containsExactly(
                        tuple("Hỏi về chế độ thai sản cho lao động nữ", LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 12)),
                        tuple("Hỏi về cấp lại thẻ bảo hiểm y tế bị mất", LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 9)));
    }

    @Test
    void commentReplyLinksAreNotAnswerMarkers() {
        Document doc = Samples.html("<h1>Khánh thành cầu Trà Khúc 3</h1><p>Cầu dài 1.200 m được đưa vào sử dụng.</p>"
                + "<div class='comments'><div class='comment'><b>Nguyễn An</b> (04/08/2026 08:32)<p>Cầu rất đẹp, cảm ơn tỉnh.</p>"
                + "<a href='javascript:reply(1)'>Trả lời</a></div><div class='comment'><b>Trần Bình</b> (05/08/2026 09:00)"
                + "<p>Mong sớm có đèn chiếu sáng.</p><a href='#reply2'>Trả lời</a></div></div>");
        assertThat(QaExtractor.extract(PAGE, doc)).isEmpty();
    }
}
