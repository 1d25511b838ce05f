package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalDocExtractorTest {

    private static final URI PAGE = URI.create("https://example.gov.vn/van-ban/danh-sach");

    @Test
    void vbplSearchListGivesRowsWithDownloadfileAttachments() {
        List<LegalDocRow> rows = LegalDocExtractor.extract(Samples.VBPL_SEARCH,
                Samples.vbpl("vbpl_search.html", Samples.VBPL_SEARCH));

        LegalDocRow first = rows.get(0);
        assertThat(first.number()).isEqualTo("31/VBHN-VPQH");
        assertThat(first.issued()).isEqualTo(LocalDate.of(2020, 12, 7));
        assertThat(first.summary()).isEqualTo("hợp nhất Luật Xử lý vi phạm hành chính");
        assertThat(first.files()).containsExactly(
                URI.create("https://vbpl.vn/TW/Lists/vbpq/Attachments/147301/31.VBHN.VPQH.doc"));
        assertThat(first.url()).isEqualTo(
                URI.create("https://vbpl.vn/tw/Pages/vbpq-van-ban-goc-hopnhat.aspx?ItemID=147301"));
        assertThat(rows).filteredOn(r -> r.number().equals("33/VBHN-VPQH")).singleElement()
                .satisfies(r -> assertThat(r.files()).isEmpty());
        assertThat(rows).filteredOn(r -> r.number().equals("23/VBHN-VPQH")).singleElement()
                .satisfies(r -> assertThat(r.files()).hasSize(2)
                        .allSatisfy(f -> assertThat(f.getRawPath()).contains("%20+%20")));
    }

    @Test
    void vbplPropertiesPageGivesOneRowWithFourFiles() {
        List<LegalDocRow> rows = LegalDocExtractor.extract(Samples.VBPL_PROPERTIES,
                Samples.vbpl("vbpl_thuoctinh.html", Samples.VBPL_PROPERTIES));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo("101/2015/QH13");
            assertThat(r.issued()).isEqualTo(LocalDate.of(2015, 11, 27));
            assertThat(r.summary()).isEqualTo("Tố tụng hình sự");
            assertThat(r.files()).hasSize(4);
            assertThat(r.files()).filteredOn(f -> f.getPath().endsWith(".pdf")).hasSize(3);
            assertThat(r.url()).isEqualTo(Samples.VBPL_PROPERTIES);
        });
    }

    @Test
    void vbplConsolidatedPageIgnoresTheDocumentsItConsolidates() {
        List<LegalDocRow> rows = LegalDocExtractor.extract(Samples.VBPL_CONSOLIDATED,
                Samples.vbpl("vbpl_v2.html", Samples.VBPL_CONSOLIDATED));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo("31/VBHN-VPQH");
            assertThat(r.issued()).isEqualTo(LocalDate.of(2020, 12, 7));
            assertThat(r.files()).containsExactly(
                    URI.create("https://vbpl.vn/TW/Lists/vbpq/Attachments/147301/31.VBHN.VPQH.doc"));
        });
    }

    @Test
    void largeFullTextPageIsReadQuickly() {
        var doc = Samples.vbpl("vbpl_v1.html", Samples.VBPL_FULL_TEXT);
        long start = System.nanoTime();
        LegalDocExtractor.extract(Samples.VBPL_FULL_TEXT, doc);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        plain table with th | <table><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr><tr><td>1</td><td><a href='/vb/12'>12/2025/QĐ-UBND</a></td><td>03/02/2025</td><td>Quy định giá đất</td><td><a href='/files/qd12.pdf'>Tải</a></td></tr></table> | 12/2025/QĐ-UBND | 2025-02-03 | Quy định giá đất | https://example.gov.vn/files/qd12.pdf
        SharePoint ctl00 grid upper case | <table id='ctl00_PlaceHolderMain_gvVanBan'><tr><td>SỐ KÝ HIỆU</td><td>NGÀY BAN HÀNH</td><td>TRÍCH YẾU</td><td>FILE ĐÍNH KÈM</td></tr><tr><td>125/KH-UBND</td><td>1/9/2021</td><td><a href='ViewDetail.aspx?ItemID=5'>Kế hoạch nâng cao PCI</a></td><td><a href='javascript:downloadfile(&#39;kh.pdf&#39;,&#39;/Lists/VanBan/Attachments/5/kh.pdf&#39;)'>kh.pdf</a></td></tr></table> | 125/KH-UBND | 2021-09-01 | Kế hoạch nâng cao PCI | https://example.gov.vn/Lists/VanBan/Attachments/5/kh.pdf
        NukeViet list items | <ul class='list'><li><h3><a href='/laws/detail/Quyet-dinh-7/'>Quyết định 07/2024/QĐ-UBND</a></h3><p>Về việc ban hành quy chế phối hợp</p><span>Ban hành: 15-03-2024</span> <a href='/uploads/laws/qd7.docx'>qd7.docx</a></li><li><h3><a href='/laws/detail/CV-8/'>Công văn 8/UBND-KT</a></h3><p>Triển khai kế hoạch năm 2024</p><span>16-03-2024</span></li></ul> | 07/2024/QĐ-UBND | 2024-03-15 | Về việc ban hành quy chế phối hợp | https://example.gov.vn/uploads/laws/qd7.docx
        Liferay property list NFD | <div class='portlet-body'><dl><dt>Số ký hiệu</dt><dd>42/2022/NĐ-CP</dd><dt>Ngày ban hành</dt><dd>24/06/2022</dd><dt>Trích yếu</dt><dd>Quy định về cung cấp thông tin</dd></dl><a href='/documents/10/20/nd42.pdf/abc-uuid'>nd42.pdf</a></div> | 42/2022/NĐ-CP | 2022-06-24 | Quy định về cung cấp thông tin | https://example.gov.vn/documents/10/20/nd42.pdf/abc-uuid
        """)
    void firstRowOfEachLayout(String layout, String html, String number, String issued, String summary, String file) {
        String body = layout.endsWith("NFD") ? Samples.nfd(html) : html;
        List<LegalDocRow> rows = LegalDocExtractor.extract(PAGE, Samples.html(body));

        assertThat(rows).isNotEmpty();
        LegalDocRow row = rows.get(0);
        assertThat(java.text.Normalizer.normalize(row.number(), java.text.Normalizer.Form.NFC)).isEqualTo(number);
        assertThat(row.issued()).isEqualTo(LocalDate.parse(issued));
        assertThat(Folded.of(row.summary()).text()).isEqualTo(summary);
        assertThat(row.files()).containsExactly(URI.create(file));
    }

    @Test
    void newsArticleCitingADocumentYieldsNoRow() {
        var doc = Samples.html("<h1>Hội nghị triển khai</h1><p>Ngày 12/03/2024, UBND huyện tổ chức hội nghị"
                + " triển khai <a href='/tin/kh-125'>Kế hoạch 125/KH-UBND</a> về nâng cao chỉ số PCI.</p>");
        assertThat(LegalDocExtractor.extract(PAGE, doc)).isEmpty();
    }
}
