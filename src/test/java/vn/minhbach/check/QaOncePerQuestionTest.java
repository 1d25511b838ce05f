package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;

/** A question counts once whether it is read from the list, from its own page, or from both. */
class QaOncePerQuestionTest {

    private static final String BANNER = "<header><div class='brand'><a href='/'>ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN</a></div></header>";

    @Test
    void aListRowAndTheQuestionsOwnPageAreOneQuestion() {
        Finding finding = Sites.portal()
                .home(Html.page("Trang chủ", BANNER + Html.nav("Hỏi đáp=/hoi-dap")))
                .page("/hoi-dap", Html.page("Hỏi đáp", BANNER + "<main><h1>Hỏi đáp</h1><ul>"
                        + "<li><a href='/hoi-dap/chi-tiet?kind=q&id=1'>Thủ tục cấp sổ đỏ như thế nào?</a>"
                        + " <span>Ngày hỏi: 02/11/2026</span> <span>Ngày trả lời: 04/11/2026</span></li>"
                        + "<li><a href='/hoi-dap/chi-tiet?kind=q&id=2'>Xin giấy phép kinh doanh ở đâu?</a>"
                        + " <span>Ngày hỏi: 10/11/2026</span> <span>Ngày trả lời: 12/11/2026</span></li></ul></main>"))
                // the page's address has its parameters in another order than the list's link
                .page("/hoi-dap/chi-tiet?id=1&kind=q", Html.page("Thủ tục cấp sổ đỏ như thế nào? | Cổng thông tin",
                        BANNER + "<main><h1>Thủ tục cấp sổ đỏ như thế nào?</h1><p>Ngày hỏi: 02/11/2026</p>"
                                + "<div><h2>Trả lời</h2><p>Ngày trả lời: 04/11/2026</p><p>Ông nộp hồ sơ tại bộ phận một cửa.</p></div></main>"))
                .evaluate("qa.response-time", "2026-11-28");

        assertThat(finding.figures()).containsEntry("answered", 2.0);
        assertThat(finding.evidence()).extracting(Evidence::title)
                .containsExactlyInAnyOrder("Thủ tục cấp sổ đỏ như thế nào?", "Xin giấy phép kinh doanh ở đâu?");
    }
}
