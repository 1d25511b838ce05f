package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentFactsTest {

    /** Text as PDFBox gives a two-column header: each row's left and right cells on one line. */
    private static final String REPORT_INTERLEAVED = """
            UBND HUYỆN LÝ SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 210/BC-UBND Độc lập - Tự do - Hạnh phúc
            Lý Sơn, ngày 14 tháng 10 năm 2026
            BÁO CÁO
            Tình hình thực hiện dự toán ngân sách
            9 tháng năm 2026
            Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ;
            Thực hiện Quyết định số 12/QĐ-UBND ngày 20/12/2025 của UBND huyện, UBND huyện báo cáo như sau:
            I. KẾT QUẢ THỰC HIỆN
            1. Thu ngân sách: ước thực hiện 9 tháng đạt 78% dự toán.
            II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
            Tập trung chỉ đạo thu ngân sách 6 tháng cuối năm 2026.
            """;

    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            HUYỆN LÝ SƠN
            Số 125/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lý Sơn, ngày 5 tháng 3 năm 2026
            KẾ HOẠCH
            Thực hiện công khai ngân sách quý III năm 2026
            Thực hiện Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25/6/2025;
            Ủy ban nhân dân huyện ban hành Kế hoạch số 130/KH-UBND ngày 01/4/2026 như sau:
            """;

    private static final String DECISION = """
            Mẫu số 03/CKNS
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN LÝ SƠN Độc lập - Tự do - Hạnh phúc
            ---------------- ------------------------
            Số:  12 /QĐ-UBND Lý Sơn, ngày 20 tháng 01 năm 2026
            QUYẾT ĐỊNH
            Về việc công bố công khai dự toán ngân sách năm 2026
            ____________
            CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Thông tư số 343/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính;
            QUYẾT ĐỊNH:
            Điều 1. Công bố công khai số liệu dự toán ngân sách năm 2026.
            """;

    private static final String DECISION_ONE_LINE = """
            UBND HUYỆN LÝ SƠN
            Số: 13/QĐ-UBND
            Lý Sơn, ngày 21/01/2026
            QUYẾT ĐỊNH Về việc công bố công khai dự toán ngân sách năm 2026
            Căn cứ Quyết định số 5/QĐ-UBND ngày 02/01/2026;
            """;

    /** A draft posted before signing: number and day left blank. */
    private static final String BLANK_DAY = """
            UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc
            Số:      /BC-STC Quảng Ngãi, ngày      tháng 10 năm 2026
            DỰ THẢO
            BÁO CÁO
            Tình hình thực hiện ngân sách địa phương quý III năm 2026
            Căn cứ Quyết định số 2011/QĐ-UBND ngày 20/12/2025 của UBND tỉnh;
            """;

    /** Headings set in a TCVN3 upper-case font (.VnTimeH), converted to Unicode, come out lower-case. */
    private static final String LOWER_CASE = """
            ủy ban nhân dân cộng hòa xã hội chủ nghĩa việt nam
            huyện lý sơn độc lập - tự do - hạnh phúc
            số: 210/bc-ubnd lý sơn, ngày 14 tháng 7 năm 2026
            báo cáo
            tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026
            Căn cứ Nghị quyết số 45/NQ-HĐND ngày 18/12/2025 của HĐND huyện;
            """;

    /** OCR of a scan: spaces doubled, letters spaced, "Số" read "Sô", the number's parts apart, a mark lost. */
    private static final String OCR = """
            UBND  HUYỆN  LÝ  SƠN        CỘNG  HÒA  XÃ  HỘI  CHỦ  NGHĨA  VIỆT  NAM
            Sô:  45 / BC - UBND            Độc  lập  -  Tự  do  -  Hạnh  phúc
            Lý  Sơn,  ngay  03  tháng  7  năm  2026
            B Á O   C Á O
            Công khai tình hình thực hiện dự toán ngân sách
            quý II năm 2026
            Thực hiện Thông tư số 343/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính
            """;

    /** A letter (công văn): no heading, its subject on the "V/v" line beside the place-date. */
    private static final String LETTER = """
            UBND HUYỆN LÝ SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc
            Số: 88/TCKH-NS
            V/v công khai dự toán ngân sách Lý Sơn, ngày 14/10/2026
            năm 2026 của các đơn vị
            Kính gửi: Các cơ quan, đơn vị thuộc huyện.
            Thực hiện Kế hoạch số 125/KH-UBND ngày 05/3/2026 của UBND huyện về công khai ngân sách quý I năm 2026,
            """;

    /** The title names the half-year reported on and, sharing its year, the half-year ahead. */
    private static final String HALF_AND_AHEAD = """
            SỞ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 301/BC-STC Độc lập - Tự do - Hạnh phúc
            Quảng Ngãi, ngày 10 tháng 7 năm 2026
            BÁO CÁO
            Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng,
            nhiệm vụ 6 tháng cuối năm 2026
            ______________________
            I. KẾT QUẢ
            """;

    /** A plan over several years, with its trích yếu over three lines. */
    private static final String MULTI_YEAR = """
            HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN LÝ SƠN Độc lập - Tự do - Hạnh phúc
            Số: 20/NQ-HĐND Lý Sơn, ngày 15 tháng 12 năm 2020
            NGHỊ QUYẾT
            Về kế hoạch đầu tư công trung hạn
            vốn ngân sách địa phương
            giai đoạn 2021 - 2025
            HỘI ĐỒNG NHÂN DÂN HUYỆN LÝ SƠN
            KHÓA XI, KỲ HỌP THỨ 14
            """;

    /** Body text only (a later page, or a first page whose header was a picture): nothing is its own. */
    private static final String BODY_ONLY = """
            Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ;
            Căn cứ Quyết định số 12/QĐ-UBND ngày 20/12/2025 của UBND huyện Lý Sơn, ngày 20 tháng 12 năm 2025;
            Thực hiện nhiệm vụ 6 tháng cuối năm 2026, Báo cáo quý III năm 2026 như sau:
            """;

    /** The left column's whole issuer first, its second line starting with a kind's words ("KẾ HOẠCH"). */
    private static final String WRAPPED_ISSUER = """
            UBND HUYỆN LÝ SƠN
            PHÒNG TÀI CHÍNH -
            KẾ HOẠCH
            Số: 5/BC-TCKH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lý Sơn, ngày 08 tháng 4 năm 2026
            BÁO CÁO
            Công khai tình hình thực hiện dự toán ngân sách quý I năm 2026
            Thực hiện Thông tư số 343/2016/TT-BTC, Phòng Tài chính - Kế hoạch báo cáo như sau:
            """;

    /** The right column read first, then the left; a Word paragraph of body straight under the title. */
    private static final String RIGHT_COLUMN_FIRST = """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lý Sơn, ngày 14 tháng 10 năm 2026
            DỰ THẢO
            UBND HUYỆN LÝ SƠN
            Số: 211/BC-UBND
            BÁO CÁO
            Tình hình thu, chi ngân sách quý III năm 2026
            Trong quý III năm 2026, tình hình kinh tế - xã hội trên địa bàn huyện tiếp tục ổn định; thu ngân sách \
            đạt khá so với cùng kỳ, chi ngân sách đáp ứng nhiệm vụ 6 tháng cuối năm.
            """;

    /** A letter's subject wrapped beside the place-date, as two interleaved columns give it. */
    private static final String LETTER_INTERLEAVED = """
            UBND HUYỆN LÝ SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc
            Số: 90/TCKH
            V/v báo cáo tình hình thực hiện Lý Sơn, ngày 14 tháng 10 năm 2026
            dự toán 9 tháng năm 2026
            Kính gửi: Ủy ban nhân dân huyện Lý Sơn.
            """;

    /** A budget table (Biểu 93/CK-NSNN): a caption, no header and no kind heading. */
    private static final String TABLE = """
            Biểu số 93/CK-NSNN
            CÂN ĐỐI NGÂN SÁCH HUYỆN QUÝ III NĂM 2026
            (Kèm theo Quyết định số: 12/QĐ-UBND ngày 10/10/2026 của UBND huyện Lý Sơn)
            Đơn vị: triệu đồng
            """;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("report, interleaved header", REPORT_INTERLEAVED, "210/BC-UBND", "2026-10-14", "2026-9M",
                        "UBND HUYỆN LÝ SƠN", "Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm 2026",
                        "BÁO CÁO Tình hình thực hiện dự toán ngân sách 9 tháng năm 2026"),
                Arguments.of("plan", PLAN, "125/KH-UBND", "2026-03-05", "2026-Q3",
                        "ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN", "Kế hoạch thực hiện công khai ngân sách quý III năm 2026",
                        "KẾ HOẠCH Thực hiện công khai ngân sách quý III năm 2026"),
                Arguments.of("decision", DECISION, "12/QĐ-UBND", "2026-01-20", "2026",
                        "ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN",
                        "Quyết định về việc công bố công khai dự toán ngân sách năm 2026",
                        "QUYẾT ĐỊNH Về việc công bố công khai dự toán ngân sách năm 2026"),
                Arguments.of("decision, title on the heading's line", DECISION_ONE_LINE, "13/QĐ-UBND", "2026-01-21",
                        "2026", "UBND HUYỆN LÝ SƠN",
                        "Quyết định về việc công bố công khai dự toán ngân sách năm 2026",
                        "QUYẾT ĐỊNH Về việc công bố công khai dự toán ngân sách năm 2026"),
                Arguments.of("blank number and day", BLANK_DAY, null, null, "2026-Q3",
                        "UBND TỈNH QUẢNG NGÃI SỞ TÀI CHÍNH",
                        "Báo cáo tình hình thực hiện ngân sách địa phương quý III năm 2026",
                        "BÁO CÁO Tình hình thực hiện ngân sách địa phương quý III năm 2026"),
                Arguments.of("lower-case converted", LOWER_CASE, "210/BC-UBND", "2026-07-14", "2026-H1",
                        "ủy ban nhân dân huyện lý sơn",
                        "Báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026",
                        "báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026"),
                Arguments.of("OCR noise", OCR, "45/BC-UBND", "2026-07-03", "2026-Q2", "UBND HUYỆN LÝ SƠN",
                        "Báo cáo công khai tình hình thực hiện dự toán ngân sách quý II năm 2026",
                        "B Á O C Á O Công khai tình hình thực hiện dự toán ngân sách quý II năm 2026"),
                Arguments.of("letter", LETTER, "88/TCKH-NS", "2026-10-14", "2026",
                        "UBND HUYỆN LÝ SƠN PHÒNG TÀI CHÍNH - KẾ HOẠCH",
                        "V/v công khai dự toán ngân sách năm 2026 của các đơn vị",
                        "V/v công khai dự toán ngân sách năm 2026 của các đơn vị"),
                Arguments.of("half-year and the half ahead", HALF_AND_AHEAD, "301/BC-STC", "2026-07-10", "2026-H1",
                        "SỞ TÀI CHÍNH",
                        "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026",
                        "BÁO CÁO Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026"),
                Arguments.of("resolution over several years", MULTI_YEAR, "20/NQ-HĐND", "2020-12-15", "2021-2025",
                        "HỘI ĐỒNG NHÂN DÂN HUYỆN LÝ SƠN",
                        "Nghị quyết về kế hoạch đầu tư công trung hạn vốn ngân sách địa phương giai đoạn 2021 - 2025",
                        "NGHỊ QUYẾT Về kế hoạch đầu tư công trung hạn vốn ngân sách địa phương giai đoạn 2021 - 2025"),
                Arguments.of("issuer wrapped before a kind's words", WRAPPED_ISSUER, "5/BC-TCKH", "2026-04-08",
                        "2026-Q1", "UBND HUYỆN LÝ SƠN PHÒNG TÀI CHÍNH - KẾ HOẠCH",
                        "Báo cáo công khai tình hình thực hiện dự toán ngân sách quý I năm 2026",
                        "BÁO CÁO Công khai tình hình thực hiện dự toán ngân sách quý I năm 2026"),
                Arguments.of("right column first", RIGHT_COLUMN_FIRST, "211/BC-UBND", "2026-10-14", "2026-Q3",
                        "UBND HUYỆN LÝ SƠN", "Báo cáo tình hình thu, chi ngân sách quý III năm 2026",
                        "BÁO CÁO Tình hình thu, chi ngân sách quý III năm 2026"),
                Arguments.of("letter, subject beside the date", LETTER_INTERLEAVED, "90/TCKH", "2026-10-14", "2026-9M",
                        "UBND HUYỆN LÝ SƠN PHÒNG TÀI CHÍNH - KẾ HOẠCH",
                        "V/v báo cáo tình hình thực hiện dự toán 9 tháng năm 2026",
                        "V/v báo cáo tình hình thực hiện dự toán 9 tháng năm 2026"),
                Arguments.of("budget table", TABLE, null, null, null, null, null, null),
                Arguments.of("body citations only", BODY_ONLY, null, null, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsWhatTheFirstPageStatesAboutItself(String name, String text, String number, String issued,
                                                String period, String issuer, String title, String excerpt) {
        DocumentFacts facts = DocumentFacts.of(text);

        assertThat(facts.number()).as("number").isEqualTo(number);
        assertThat(facts.issued()).as("issued").isEqualTo(issued == null ? null : LocalDate.parse(issued));
        assertThat(facts.periodKey()).as("period").isEqualTo(period);
        assertThat(facts.issuer()).as("issuer").isEqualTo(issuer);
        assertThat(facts.title()).as("title").isEqualTo(title);
        assertThat(facts.excerpt()).as("excerpt").isEqualTo(excerpt);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsTheSameFromCrlfAndNfdText(String name, String text) {
        String crlf = text.replace("\n", "\r\n");
        String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);

        assertThat(DocumentFacts.of(crlf)).isEqualTo(DocumentFacts.of(text));
        assertThat(DocumentFacts.of(nfd)).isEqualTo(DocumentFacts.of(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   \n\n \t ", "------\n____\n***"})
    void readsNothingFromNoText(String text) {
        assertThat(DocumentFacts.of(text)).isEqualTo(DocumentFacts.NONE);
        assertThat(DocumentFacts.of(text).isEmpty()).isTrue();
        assertThat(DocumentFacts.of(text).periodKey()).isNull();
    }

    /**
     * A combining mark that NFC cannot attach (after a space or a digit, as PDF text extraction leaves them) used
     * to make a line's folded form one char shorter than its text, and reading the document threw.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a \u0301 b", "Số: 125/KH-UBND \u0301 \u0323", "Lý Sơn, ngày 0\u0301 5 tháng 3 năm 2026",
        "\u0301", "KẾ HOẠCH \u0300\u0301 \u0309 năm 2026"})
    void linesWithStrayMarksAreRead(String line) {
        String text = "ỦY BAN NHÂN DÂN\n" + line + "\nKẾ HOẠCH\nThực hiện năm 2026";
        DocumentFacts facts = DocumentFactsReader.read(text);
        assertThat(facts).isNotNull();
        assertThat(TextLine.split(text, 10)).allSatisfy(l -> assertThat(l.folded()).hasSameSizeAs(l.text()));
    }

    @Test
    void readsNothingFromADocumentThatCouldNotBeRead() {
        DocumentText scan = DocumentText.failed(DocumentType.PDF, "scan without OCR");

        assertThat(DocumentFacts.of(scan)).isEqualTo(DocumentFacts.NONE);
        assertThat(DocumentFacts.of((DocumentText) null)).isEqualTo(DocumentFacts.NONE);
    }

    @Test
    void readsADocumentReadToText() {
        DocumentText read = new DocumentText(DocumentType.PDF, 3, true, false, "unicode", PLAN, null);

        assertThat(DocumentFacts.of(read)).isEqualTo(DocumentFacts.of(PLAN));
        assertThat(DocumentFacts.of(read).period().start()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void excerptStopsAtTwoHundredCharacters() {
        String subject = "Tình hình thực hiện dự toán thu, chi ngân sách nhà nước trên địa bàn huyện và các chương trình "
                + "mục tiêu quốc gia, chương trình đầu tư công trung hạn, các nguồn vốn sự nghiệp được giao bổ sung "
                + "trong 9 tháng năm 2026";
        String text = "UBND HUYỆN LÝ SƠN\nSố: 211/BC-UBND\nBÁO CÁO\n" + subject + "\nCăn cứ ...";

        DocumentFacts facts = DocumentFacts.of(text);

        assertThat(facts.excerpt()).hasSizeLessThanOrEqualTo(200).startsWith("BÁO CÁO Tình hình").endsWith("…");
        assertThat(facts.periodKey()).isEqualTo("2026-9M");
        assertThat(facts.title()).endsWith("trong 9 tháng năm 2026");
    }
}
