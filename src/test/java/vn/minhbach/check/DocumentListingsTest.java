package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.document.DocumentFacts;
import vn.minhbach.document.DocumentType;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;
import vn.minhbach.text.Period;

/** Which documents behind a site's links are opened, and how what they say counts for the items. */
class DocumentListingsTest {
    private static final String EXECUTION_9M = "Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm 2026";

    private static ReadDocument pdf(Sites site, String path, String title, Period period, LocalDate issued) {
        return new ReadDocument(site.url(path), DocumentType.PDF, 2, true, false, "unicode",
                new DocumentFacts("210/BC-UBND", issued, period, "UBND HUYỆN LÝ SƠN", title, title), null);
    }

    private static String page(String h1, String body) {
        return "<html><head><title>" + h1 + "</title></head><body><h1>" + h1 + "</h1>" + body + "</body></html>";
    }

    @Test
    void opensNamedDocumentsAndGenericLinksOnPagesOfADocumentTopic() {
        Sites site = Sites.portal()
                .home(page("UBND huyện Lý Sơn", "<a href='/files/home.pdf'>Tải về</a>"
                        + "<a href='/files/du-toan.pdf'>Dự toán ngân sách năm 2026</a>"
                        + "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", page("Công khai ngân sách", "<table>"
                        + "<tr><td>" + EXECUTION_9M + "</td><td>15/10/2026</td><td><a href='/files/bc-9t.pdf'>"
                        + "<img src='/i/pdf.png' alt='Tải về'></a></td></tr>"
                        + "<tr><td>Thông báo lịch tiếp dân</td><td><a href='/files/tb.pdf'>Xem</a></td></tr>"
                        + "<tr><td><a href='/files/210.pdf'>210/KH-UBND</a></td></tr>"
                        + "<tr><td><a href='/files/hop.pdf'>Giấy mời họp</a></td></tr>"
                        + "</table><a href='/tin'>Tin tức</a>"));

        List<String> opened = Checklist.defaults().documentCandidates(site.build()).stream()
                .map(u -> u.getPath()).toList();

        assertThat(opened).containsExactly("/files/du-toan.pdf", "/files/bc-9t.pdf", "/files/tb.pdf",
                "/files/210.pdf");
    }

    @ParameterizedTest
    @CsvSource({"Tải về, true", "'', true", "Xem chi tiết, true", "210/KH-UBND, true", "Tệp đính kèm, true",
        "Download, true", "Giấy mời họp, false", "Báo cáo 210/KH-UBND, false"})
    void genericLinkTexts(String text, boolean generic) {
        assertThat(DocumentCandidates.generic(PageFacts.Label.of(text))).isEqualTo(generic);
    }

    @Test
    void aGenericLinkWhoseDocumentIsTheItemCounts() {
        Sites site = Sites.portal();
        site.home(page("UBND huyện Lý Sơn", "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", page("Công khai ngân sách", "<ul><li><a href='/files/dt.pdf'>Tải về</a></li></ul>"))
                .document("/files/dt.pdf", pdf(site, "/files/dt.pdf", "Quyết định công bố công khai dự toán ngân sách"
                        + " năm 2026", Period.year(2026), LocalDate.of(2026, 1, 5)));

        Finding finding = site.evaluate("budget.estimate", "2026-03-01");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("năm 2026");
        Evidence evidence = finding.evidence().stream().filter(e -> e.document() != null).findFirst().orElseThrow();
        assertThat(evidence.url()).isEqualTo(site.url("/files/dt.pdf"));
        assertThat(evidence.date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(evidence.document().period()).isEqualTo("2026");
        assertThat(evidence.document().number()).isEqualTo("210/BC-UBND");
    }

    @Test
    void theDocumentsPeriodWinsOverItsListingsAndTheReasonSaysSo() {
        Sites site = Sites.portal();
        site.home(page("UBND huyện Lý Sơn", "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", page("Công khai ngân sách", "<table><tr><td>" + EXECUTION_9M
                        + "</td><td>15/10/2026</td><td><a href='/files/bc.pdf'>Tải về</a></td></tr></table>"))
                .document("/files/bc.pdf", pdf(site, "/files/bc.pdf", "Báo cáo tình hình thực hiện dự toán ngân sách"
                        + " 6 tháng đầu năm 2026", Period.half(2026, 1), LocalDate.of(2026, 7, 10)));

        Finding finding = site.evaluate("budget.execution", "2026-11-01");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.STALE);
        assertThat(Messages.vi().format(finding.reason())).contains("báo cáo mới nhất: 6 tháng đầu năm 2026")
                .contains("tài liệu ghi 6 tháng đầu năm 2026, không phải 9 tháng năm 2026 như tiêu đề");
    }

    @Test
    void theDocumentsIssueDateStandsInForAListingWithoutDate() {
        Sites site = Sites.portal();
        site.home(page("UBND huyện Lý Sơn", "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", page("Công khai ngân sách", "<ul><li><a href='/files/bc.pdf'>" + EXECUTION_9M
                        + "</a></li></ul>"))
                .document("/files/bc.pdf", pdf(site, "/files/bc.pdf", EXECUTION_9M, Period.nineMonths(2026),
                        LocalDate.of(2026, 10, 14)));

        Finding finding = site.evaluate("budget.execution", "2026-11-01");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("9 tháng năm 2026 (14/10/2026)").doesNotContain("tài liệu ghi");
        assertThat(finding.latest()).isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void withoutTheDocumentAGenericLinkCountsForNothing() {
        Sites site = Sites.portal();
        site.home(page("UBND huyện Lý Sơn", "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", page("Công khai ngân sách", "<ul><li><a href='/files/dt.pdf'>Tải về</a></li></ul>"));

        Finding finding = site.evaluate("budget.estimate", "2026-03-01");

        assertThat(finding.status()).isNotEqualTo(Verdict.PASS);
        assertThat(finding.evidence()).allSatisfy(e -> assertThat(e.document()).isNull());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bản quét (không có lớp chữ), không đọc được vì máy chưa cài tesseract-ocr và tesseract-ocr-vie
            tệp PDF có mật khẩu, không mở được để đọc
            lớn hơn crawl.maxDocumentBytes (20971520 byte) nên không đọc
            """)
    void aDocumentWhereTheItemWouldBeThatCouldNotBeReadMakesItUnknownNotMissing(String failure) {
        Sites site = Sites.portal();
        URI file = site.url("/files/dt.pdf");
        site.home(page("UBND huyện Lý Sơn", "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", page("Công khai ngân sách", "<ul><li><a href='/files/dt.pdf'>Tải về</a></li></ul>"))
                .document("/files/dt.pdf", ReadDocument.unfetched(file, failure));

        Finding finding = site.evaluate("budget.estimate", "2026-03-01");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains(file.toString(), failure);
        assertThat(finding.evidence()).extracting(Evidence::url).containsExactly(file);
    }
}
