package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

class LegalDocumentsTest {
    private static final String ID = "legal.documents";

    /**
     * A document list, as a SharePoint grid (header cells in td, upper case, downloadfile links) or as NukeViet
     * list items: rows "number|dd/MM/yyyy|abstract|file" separated by ";", an empty file for none.
     */
    private static String table(boolean sharePoint, String rows) {
        String body = Arrays.stream(rows.split(";")).map(String::strip).map(row -> {
            String[] f = row.split("\\|", -1);
            String file = f[3].isBlank() ? "" : sharePoint
                    ? "<a href=\"javascript:downloadfile('x.pdf','/files/" + f[3] + "')\">" + f[3] + "</a>"
                    : "<a href=\"/files/" + f[3] + "\">" + f[3] + "</a>";
            String page = "/vb/" + f[0].replace('/', '-');
            return sharePoint
                    ? "<tr><td>" + f[0] + "</td><td>" + f[1] + "</td><td><a href=\"" + page + "\">" + f[2] + "</a></td><td>"
                    + file + "</td></tr>"
                    : "<li><h3><a href=\"" + page + "\">Văn bản " + f[0] + "</a></h3><p>" + f[2] + "</p><span>Ban hành: "
                    + f[1].replace('/', '-') + "</span> " + file + "</li>";
        }).collect(Collectors.joining());
        return sharePoint
                ? "<table id=\"ctl00_PlaceHolderMain_gvVanBan\"><tr><td>SỐ KÝ HIỆU</td><td>NGÀY BAN HÀNH</td><td>TRÍCH YẾU</td>"
                + "<td>FILE ĐÍNH KÈM</td></tr>" + body + "</table>"
                : "<ul class=\"list\">" + body + "</ul>";
    }

    private static Sites portal(boolean sharePoint, String rows) {
        Sites site = Sites.portal().home(Html.page("Trang chủ", Html.nav("VĂN BẢN PHÁP LUẬT=/van-ban")))
                .page("/van-ban", Html.page("Văn bản pháp luật", "<h1>Văn bản quy phạm pháp luật</h1>" + table(sharePoint, rows)));
        for (String row : rows.split(";")) {
            String file = row.split("\\|", -1)[3].strip();
            if (!file.isEmpty()) {
                site.attachment("/files/" + file, file.contains("404") ? 404 : 200);
            }
        }
        return site;
    }

    @ParameterizedTest(name = "{0} {2}: {3}")
    @CsvSource(delimiter = '^', textBlock = """
        false ^ 12/2026/QĐ-UBND|30/08/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch cải cách hành chính|b.pdf ^ 2026-11-28 ^ PASS ^ 90 ngày trước
        true  ^ 12/2026/QĐ-UBND|29/08/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch cải cách hành chính|b.pdf ^ 2026-11-28 ^ STALE ^ 91 ngày trước
        false ^ 12/2026/QĐ-UBND|10/11/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch cải cách hành chính| ; 31/KH-UBND|02/07/2026|Kế hoạch tuyên truyền|c.pdf ^ 2026-11-28 ^ FAIL ^ 2/3 văn bản (66,7%) có đủ
        true  ^ 12/2026/QĐ-UBND|10/11/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch cải cách hành chính|b404.pdf ^ 2026-11-28 ^ FAIL ^ 1/2 tệp tải được (lỗi: https://lyson.quangngai.gov.vn/files/b404.pdf (HTTP 404))
        false ^ 12/2026/QĐ-UBND|10/12/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch cải cách hành chính|b.pdf ^ 2026-11-28 ^ STALE ^ 01/07/2026
        """)
    void newestIssueDateAndCompletenessDecide(boolean sharePoint, String rows, String asOf, Verdict verdict, String reason) {
        Finding finding = portal(sharePoint, rows).evaluate(ID, asOf);
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
    }

    @Test
    void figuresAreTheSharesOfCompleteRowsAndDownloadableFiles() {
        Finding finding = portal(false, "12/2026/QĐ-UBND|10/11/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch|b404.pdf;"
                + " 31/KH-UBND|02/07/2026|Kế hoạch tuyên truyền| ; 32/KH-UBND|03/07/2026|Kế hoạch khác|d.pdf").evaluate(ID, "2026-11-28");
        assertThat(finding.figures()).containsEntry("percentWithAllFields", 75.0).containsEntry("percentFilesOk", 66.7);
        assertThat(finding.latest()).hasToString("2026-11-10");
        assertThat(finding.evidence()).first().satisfies(e -> assertThat(e.title()).startsWith("12/2026/QĐ-UBND –"));
    }

    @Test
    void theDocumentsOwnPageGivesItsAbstractWhicheverPageWasCrawledFirst() {
        String list = "<table><tr><th>Số hiệu</th><th>Ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
                + "<tr><td><a href=\"/vb/12\">12/2026/QĐ-UBND</a></td><td>10/11/2026</td><td>Về giá đất</td>"
                + "<td><a href=\"/files/a.pdf\">Tải về</a></td></tr>"
                + "<tr><td><a href=\"/vb/13\">13/2026/QĐ-UBND</a></td><td>11/11/2026</td><td>Quyết định Quy chế làm việc</td>"
                + "<td><a href=\"/files/b.pdf\">Tải về</a></td></tr></table>";
        String own = "<table><tr><td>Số hiệu</td><td>12/2026/QĐ-UBND</td></tr><tr><td>Ngày ban hành</td><td>10/11/2026</td></tr>"
                + "<tr><td>Trích yếu</td><td>Quy định giá đất năm 2026</td></tr>"
                + "<tr><td>Tải về</td><td><a href=\"/files/a.pdf\">a.pdf</a></td></tr></table>";
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Văn bản=/van-ban")))
                .page("/van-ban", Html.page("Văn bản", "<h1>Văn bản</h1>" + list))
                .page("/vb/12", Html.page("Quyết định 12/2026/QĐ-UBND", own))
                .evaluate(ID, "2026-11-28");
        assertThat(finding.evidence()).extracting(Evidence::title)
                .contains("12/2026/QĐ-UBND – Quy định giá đất năm 2026", "13/2026/QĐ-UBND – Quy chế làm việc");
        assertThat(finding.figures()).containsEntry("percentWithAllFields", 100.0);
    }

    @Test
    void targetsCanBeLowered() {
        Sites site = portal(false, "12/2026/QĐ-UBND|10/11/2026|Quy định giá đất|a.pdf; 30/KH-UBND|01/07/2026|Kế hoạch| ");
        assertThat(site.evaluate(ID, "2026-11-28").status()).isEqualTo(Verdict.FAIL);
        assertThat(site.evaluate(ID, "2026-11-28", Configs.parameter(ID, LegalDocuments.MIN_FIELDS, 50)).status())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void withoutReadableRowsTheSectionPostsDecideFreshness() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Văn bản chỉ đạo điều hành=/vb")))
                .page("/vb", Html.page("Văn bản chỉ đạo điều hành", "<h1>Văn bản chỉ đạo điều hành</h1>"
                        + Markup.LIFERAY.list("Văn bản chỉ đạo điều hành", Html.rows("Chỉ thị về tăng cường phòng chống thiên tai@20/11/2026"))))
                .evaluate(ID, "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("chưa tính tỷ lệ");
        assertThat(finding.figures()).isEmpty();
    }

    @Test
    void unreachedDocumentMenuIsUnknown() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("VĂN BẢN QPPL=/vbqppl")))
                .unreached("/vbqppl", 429, "VĂN BẢN QPPL").evaluate(ID, "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("HTTP 429");
    }

    @Test
    void noDocumentsAnywhereIsMissing() {
        assertThat(Sites.portal().home(Html.page("Trang chủ", "<p>Chào mừng</p>")).evaluate(ID, "2026-11-28").status())
                .isEqualTo(Verdict.MISSING);
    }

    @Test
    void savedVbplSearchPageIsReadAsADocumentList() throws IOException {
        String html;
        try (InputStream in = getClass().getResourceAsStream("/samples/vbpl/vbpl_search.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).page("/tw/Pages/vbpq-timkiem.aspx", html)
                .evaluate(ID, "2021-01-15");
        assertThat(finding.status()).isIn(Verdict.PASS, Verdict.FAIL);
        assertThat(finding.latest()).hasToString("2020-12-07");
        assertThat(finding.figures().get("percentWithAllFields")).isLessThan(100.0);
        assertThat(finding.figures()).doesNotContainKey("percentFilesOk");
        assertThat(Messages.vi().format(finding.reason())).contains("chưa kiểm tra được tệp");
    }

    /**
     * 37 documents over three pages of a plain table (th header row, no thead), each downloaded through an
     * icon whose address names no file; one file, followed as a page, is broken. Read as one document per page, the share of
     * files was taken over 3 and the item failed.
     */
    @Test
    void aPagedTableWithIconDownloadsCountsEveryRow() {
        Sites site = Sites.portal().home(Html.page("Trang chủ", Html.nav("Văn bản pháp luật=/van-ban")));
        for (int page = 0; page < 3; page++) {
            StringBuilder rows = new StringBuilder();
            for (int i = page * 15 + 1; i <= Math.min(37, page * 15 + 15); i++) {
                rows.append("<tr><td>").append(i).append("</td><td>").append(i).append("/2026/QĐ-UBND</td><td>")
                        .append(String.format("%02d/%02d/2026", i % 28 + 1, 11 - page)).append("</td><td><a href=\"/van-ban/")
                        .append(i).append("\">Quyết định ban hành quy định số ").append(i).append("</a></td><td><a href=\"/van-ban/")
                        .append(i).append("/tep\"><img src=\"/images/icon_download.png\" alt=\"\"></a></td></tr>");
                if (i == 20) {
                    // followed as a page (its address names no file type), it failed
                    site.unreached("/van-ban/20/tep", 404);
                } else {
                    site.attachment("/van-ban/" + i + "/tep", 200);
                }
            }
            site.page("/van-ban" + (page == 0 ? "" : "?page=" + (page + 1)), Html.page("Văn bản pháp luật",
                    "<h1>Văn bản quy phạm pháp luật</h1><table class=\"grid\"><tr><th>STT</th><th>Số ký hiệu</th>"
                    + "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>" + rows + "</table>"));
        }
        Finding finding = site.evaluate(ID, "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("37/37 văn bản", "36/37 tệp tải được");
        assertThat(finding.figures()).containsEntry("percentWithAllFields", 100.0).containsEntry("percentFilesOk", 97.3);
    }

    /** The Sơn La gazette's issue fragment (rows without a table): newest 23/7/2026, not 24/8/2025 from an abstract. */
    @Test
    void theGazetteFragmentIsCurrent() throws IOException {
        String html;
        try (InputStream in = getClass().getResourceAsStream("/samples/congbao-sonla/documents_by_gazette_sample.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Công báo=/congbao")))
                .page("/congbao/DocumentsByGazette", html).evaluate(ID, "2026-08-04");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).hasToString("2026-07-23");
        assertThat(Messages.vi().format(finding.reason())).contains("11/11 văn bản");
    }
}
