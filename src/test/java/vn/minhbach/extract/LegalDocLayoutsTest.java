package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The same three documents listed in the layouts portals use; each layout gives three rows, dated by their own cells. */
class LegalDocLayoutsTest {

    private static final URI PAGE = URI.create("https://example.gov.vn/van-ban/danh-sach");
    private static final String[][] DOCS = {
        {"12/2026/QĐ-UBND", "03/02/2026", "Quy định giá đất năm 2026 trên địa bàn tỉnh", "qd12.pdf"},
        {"5/2026/QĐ-UBND", "1/3/2026", "Bãi bỏ Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025 của UBND tỉnh", "qd5.docx"},
        {"130/KH-UBND", "15/01/2026", "Kế hoạch cải cách hành chính, có hiệu lực từ ngày 01/04/2026", "kh130.pdf"},
    };

    private static String rows(String template) {
        return java.util.Arrays.stream(DOCS).map(d -> template.replace("{n}", d[0]).replace("{d}", d[1])
                .replace("{s}", d[2]).replace("{f}", d[3]).replace("{id}", d[0].replaceAll("\\W", ""))).collect(Collectors.joining());
    }

    private static void assertThreeDocuments(String body) {
        List<LegalDocRow> rows = LegalDocExtractor.extract(PAGE, Samples.html(body));
        assertThat(rows).extracting(LegalDocRow::number).containsExactly("12/2026/QĐ-UBND", "5/2026/QĐ-UBND", "130/KH-UBND");
        assertThat(rows).extracting(LegalDocRow::issued).containsExactly(
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 15));
        assertThat(rows).allSatisfy(r -> assertThat(r.files()).hasSize(1));
        assertThat(rows.get(1).summary()).contains("Bãi bỏ Quyết định số 90/2025/QĐ-UBND");
    }

    @Test
    void tableWithThead() {
        assertThreeDocuments("<table><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>File</th></tr></thead>"
                + "<tbody>" + rows("<tr><td><a href='/vb/{id}'>{n}</a></td><td>{d}</td><td>{s}</td><td><a href='/files/{f}'>{f}</a></td></tr>")
                + "</tbody></table>");
    }

    @Test
    void tableWithThInTheFirstRowAndIconOnlyDownloads() {
        assertThreeDocuments("<table class='grid'><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
                + rows("<tr><td>1</td><td>{n}</td><td>{d}</td><td><a href='/vb/{id}'>{s}</a></td>"
                        + "<td><a href='/van-ban/{id}/tep' title=''><img src='/images/icon-down.png' alt=''></a></td></tr>")
                + "</table>");
    }

    @Test
    void tableWithoutHeaderIsReadByCellContent() {
        assertThreeDocuments("<table>" + rows("<tr><td>{n}</td><td>{d}</td><td><a href='/vb/{id}'>{s}</a></td>"
                + "<td><a href='/files/{f}'><i class='fa fa-file-pdf-o'></i></a></td></tr>") + "</table>");
    }

    @Test
    void tableWhoseHeaderNamesNoNumberColumnFindsTheNumberInTheTitle() {
        assertThreeDocuments("<table><tr><th>Ngày ban hành</th><th>Văn bản</th><th></th></tr>"
                + rows("<tr><td>{d}</td><td><a href='/vb/{id}'>Quyết định số {n} {s}</a></td><td><a href='/files/{f}'>{f}</a></td></tr>")
                + "</table>");
    }

    @Test
    void cardsOfDivs() {
        assertThreeDocuments("<div class='list'>" + rows("<div class='card'><h4><a href='/vb/{id}'>Văn bản {n}</a></h4>"
                + "<div class='abstract'>{s}</div><div class='meta'>Ngày ban hành: {d}</div>"
                + "<a class='btn' href='/files/{f}'>Tải về</a></div>") + "</div>");
    }

    @Test
    void cardsWithoutDateLabelsTakeTheRowsOwnDateNotOneInTheAbstract() {
        assertThreeDocuments("<ul>" + rows("<li><a href='/vb/{id}'>Văn bản {n}</a> <p>{s}</p> <span>{d}</span>"
                + " <a href='/files/{f}'>{f}</a></li>") + "</ul>");
    }

    @Test
    void definitionList() {
        assertThreeDocuments("<dl class='docs'>" + rows("<dt><a href='/vb/{id}'>Văn bản {n}</a></dt>"
                + "<dd>{s}</dd><dd>Ngày ban hành: {d}</dd><dd><a href='/files/{f}'>{f}</a></dd>") + "</dl>");
    }

    @Test
    void aDateAfterAnotherDocumentsNumberOrAnEffectiveDateIsNotTheRowsDate() {
        assertThat(RowDates.issued("Quyết định số 37/2026/QĐ-UBND bãi bỏ Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025",
                "37/2026/QĐ-UBND")).isNull();
        assertThat(RowDates.issued("Quyết định số 37/2026/QĐ-UBND ngày 13/7/2026 bãi bỏ Quyết định số 90/2025/QĐ-UBND"
                + " ngày 24/8/2025", "37/2026/QĐ-UBND")).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(RowDates.issued("Bãi bỏ Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025. Ban hành 02/08/2026",
                "37/2026/QĐ-UBND")).isEqualTo(LocalDate.of(2026, 8, 2));
        assertThat(RowDates.issued("Kế hoạch có hiệu lực thi hành kể từ ngày 01/04/2026", "130/KH-UBND")).isNull();
    }

    @Test
    void fifteenRowsOfAPlainTableAreFifteenDocuments() {
        String rows = IntStream.rangeClosed(1, 15).mapToObj(i -> "<tr><td>" + i + "</td><td>" + i + "/2026/QĐ-UBND</td><td>"
                + String.format("%02d/11/2026", i) + "</td><td><a href='/vb/" + i + "'>Quyết định về việc ban hành quy chế số " + i
                + "</a></td><td><a href='/Download.aspx?id=" + i + "'><img src='/img/pdf.gif'></a></td></tr>").collect(Collectors.joining());
        List<LegalDocRow> docs = LegalDocExtractor.extract(PAGE, Samples.html("<table><tr><th>STT</th><th>Số ký hiệu</th>"
                + "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>" + rows + "</table>"));
        assertThat(docs).hasSize(15).allSatisfy(d -> assertThat(d.files()).hasSize(1));
        assertThat(docs.get(14).number()).isEqualTo("15/2026/QĐ-UBND");
        assertThat(docs.get(14).issued()).isEqualTo(LocalDate.of(2026, 11, 15));
    }

    @Test
    void aNumberColumnKeepsNumbersWrittenOutOfPattern() {
        List<LegalDocRow> docs = LegalDocExtractor.extract(PAGE, Samples.html("<table><tr><th>Số hiệu</th><th>Ngày ký</th>"
                + "<th>Trích yếu</th></tr><tr><td>Số 12 năm 2026</td><td>02/03/2026</td><td>Quy chế làm việc của UBND</td></tr>"
                + "<tr><td>Số 13 năm 2026</td><td>05/03/2026</td><td>Quy chế phối hợp</td></tr></table>"));
        assertThat(docs).extracting(LegalDocRow::number).containsExactly("Số 12 năm 2026", "Số 13 năm 2026");
        assertThat(docs.get(1).issued()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void abbreviatedHeadersNameTheColumns() {
        for (String[] header : new String[][] {{"Số KH", "Ngày BH"}, {"Số hiệu", "Ban hành"}, {"Số/Ký hiệu", "Ngày VB"}}) {
            assertThreeDocuments("<table><tr><th>STT</th><th>" + header[0] + "</th><th>" + header[1] + "</th><th>Trích yếu</th>"
                    + "<th>Tải về</th></tr>" + rows("<tr><td>1</td><td><a href='/vb/{id}'>{n}</a></td><td>{d}</td><td>{s}</td>"
                    + "<td><a href='/files/{f}'>Tải về</a></td></tr>") + "</table>");
        }
    }

    @Test
    void oneDefinitionListPerDocumentIsAListNotAPropertyPage() {
        assertThreeDocuments("<div class='vbList'>" + rows("<dl class='dl-horizontal'><dt>Số/Ký hiệu</dt><dd><a href='/vb/{id}'>{n}</a></dd>"
                + "<dt>Ngày BH</dt><dd>{d}</dd><dt>Cơ quan BH</dt><dd>UBND tỉnh</dd><dt>Trích yếu</dt><dd>{s}</dd>"
                + "<dt>Tệp tin</dt><dd><a href='/files/{f}'>Tải về</a></dd></dl>") + "</div>");
    }

    @Test
    void abbreviatedLabelsDateAPropertyPage() {
        List<LegalDocRow> docs = LegalDocExtractor.extract(PAGE, Samples.html("<h2>Quyết định 12/2026/QĐ-UBND</h2>"
                + "<dl class='dl-horizontal'><dt>Số/Ký hiệu</dt><dd>12/2026/QĐ-UBND</dd><dt>Ngày BH</dt><dd>03/02/2026</dd>"
                + "<dt>Trích yếu</dt><dd>Quy định giá đất</dd><dt>Tệp tin</dt><dd><a href='/files/qd12.pdf'>qd12.pdf</a></dd></dl>"));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.number()).isEqualTo("12/2026/QĐ-UBND");
            assertThat(d.issued()).isEqualTo(LocalDate.of(2026, 2, 3));
        });
    }

    @Test
    void bareBanHanhDatesOnlyWhereItNamesAField() {
        List<LegalDocRow> named = LegalDocExtractor.extract(PAGE, Samples.html("<ul>" + rows("<li><a href='/vb/{id}'>{n}</a>"
                + " <span>Ban hành: {d}</span> <p>{s}</p> <a href='/files/{f}'>Tải</a></li>") + "</ul>"));
        assertThat(named).extracting(LegalDocRow::issued).containsExactly(
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 15));
        assertThat(LegalDocExtractor.labelledIssued(Samples.html("<p>Ban hành kèm theo Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025</p>")
                .body(), "12/2026/QĐ-UBND")).isEmpty();
    }
}
