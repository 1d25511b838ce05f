package vn.minhbach.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The synonym table: every label variant the checklist recognises, in one place. Phrases are written as
 * people write them and folded when the class loads, so "VĂN BẢN PHÁP LUẬT", "Văn bản QPPL" and
 * "Hỏi – đáp" match however a portal spells, cases or decomposes them.
 */
public final class Vocabulary {
    private static final Synonyms PLANNING_SECTIONS = Synonyms.of("quy hoạch - kế hoạch", "quy hoạch",
            "kế hoạch", "chiến lược - quy hoạch - kế hoạch", "kinh tế - xã hội", "thông tin quy hoạch");
    private static final Synonyms BUDGET_SECTIONS = Synonyms.of("công khai ngân sách",
            "công khai tài chính - ngân sách", "tài chính - ngân sách", "tài chính ngân sách", "ngân sách",
            "công khai tài chính", "dự toán", "quyết toán");
    private static final String[] SOCIO_ECONOMIC = {"kế hoạch phát triển kinh tế - xã hội", "kế hoạch phát triển KT-XH",
        "kế hoạch phát triển KTXH", "kế hoạch kinh tế - xã hội", "kế hoạch KT-XH", "nhiệm vụ phát triển kinh tế - xã hội",
        "nhiệm vụ phát triển KT-XH", "kế hoạch phát triển kinh tế xã hội"};

    public static final Topic ANNUAL_PLAN = new Topic("kế hoạch phát triển kinh tế - xã hội",
            Synonyms.of(SOCIO_ECONOMIC).except("giai đoạn", "5 năm", "năm năm"), PLANNING_SECTIONS);
    public static final Topic FIVE_YEAR_PLAN = new Topic("kế hoạch phát triển kinh tế - xã hội 5 năm",
            Synonyms.of(SOCIO_ECONOMIC), PLANNING_SECTIONS);
    public static final Topic LAND_USE = new Topic("kế hoạch sử dụng đất",
            Synonyms.of("kế hoạch sử dụng đất"),
            Synonyms.of("quy hoạch - kế hoạch sử dụng đất", "quy hoạch sử dụng đất", "đất đai", "quy hoạch - kế hoạch",
                    "tài nguyên - môi trường", "quy hoạch"));
    public static final Topic LEGAL_DOCUMENTS = new Topic("danh sách văn bản",
            Synonyms.of("văn bản quy phạm pháp luật", "văn bản QPPL", "văn bản pháp luật", "văn bản chỉ đạo điều hành",
                    "văn bản chỉ đạo - điều hành", "văn bản điều hành", "văn bản mới", "hệ thống văn bản",
                    "văn bản pháp quy", "cơ sở dữ liệu văn bản"),
            Synonyms.of("văn bản quy phạm pháp luật", "văn bản QPPL", "văn bản pháp luật", "văn bản chỉ đạo điều hành",
                    "văn bản điều hành", "văn bản", "văn bản pháp quy")
                    .except("hỏi đáp", "dự thảo", "lấy ý kiến"));
    public static final Topic BUDGET_ESTIMATE = new Topic("công khai dự toán ngân sách",
            Synonyms.of("dự toán ngân sách", "dự toán thu chi ngân sách", "dự toán thu, chi ngân sách",
                    "dự toán thu ngân sách", "dự toán chi ngân sách", "công khai dự toán", "dự toán NSNN",
                    "dự toán NSĐP", "số liệu dự toán")
                    .except("thực hiện dự toán", "tình hình thực hiện", "quyết toán", "ước thực hiện"),
            BUDGET_SECTIONS);
    public static final Topic BUDGET_EXECUTION = new Topic("báo cáo tình hình thực hiện dự toán ngân sách",
            Synonyms.of("thực hiện dự toán", "tình hình thực hiện ngân sách", "thực hiện thu chi ngân sách",
                    "thực hiện thu, chi ngân sách", "thực hiện thu ngân sách", "thực hiện ngân sách",
                    "ước thực hiện ngân sách", "thực hiện dự toán thu chi", "thực hiện thu - chi ngân sách",
                    "tình hình thu chi ngân sách", "tình hình thu, chi ngân sách")
                    .except("quyết toán"),
            BUDGET_SECTIONS);
    public static final Topic BUDGET_FINAL = new Topic("công khai quyết toán ngân sách",
            Synonyms.of("quyết toán ngân sách", "quyết toán thu chi ngân sách", "quyết toán thu, chi ngân sách",
                    "quyết toán thu ngân sách", "công khai quyết toán", "quyết toán NSNN", "quyết toán NSĐP",
                    "số liệu quyết toán"),
            BUDGET_SECTIONS);
    public static final Topic TENDER = new Topic("thông tin đấu thầu",
            Synonyms.of("đấu thầu", "mời thầu", "thông báo mời thầu", "kế hoạch lựa chọn nhà thầu",
                    "kết quả lựa chọn nhà thầu", "lựa chọn nhà thầu", "mua sắm công", "gói thầu", "chỉ định thầu",
                    "KHLCNT", "KQLCNT", "TBMT", "muasamcong"),
            Synonyms.of("đấu thầu", "đấu thầu - mua sắm công", "mua sắm công", "thông tin đấu thầu",
                    "mời thầu", "lựa chọn nhà thầu"));
    public static final Topic INVESTMENT = new Topic("danh mục dự án kêu gọi đầu tư",
            Synonyms.of("kêu gọi đầu tư", "mời gọi đầu tư", "dự án đầu tư công", "danh mục dự án",
                    "thu hút đầu tư", "dự án kêu gọi", "dự án mời gọi", "kế hoạch đầu tư công"),
            Synonyms.of("dự án kêu gọi đầu tư", "mời gọi đầu tư", "kêu gọi đầu tư", "xúc tiến đầu tư",
                    "thông tin đầu tư", "dự án đầu tư công", "đầu tư công", "dự án - đầu tư", "dự án đầu tư",
                    "thu hút đầu tư", "đầu tư"));
    public static final Topic HOTLINE = new Topic("đường dây nóng",
            Synonyms.of("đường dây nóng", "hotline", "tổng đài", "1022"),
            Synonyms.of("liên hệ", "đường dây nóng", "hotline", "tổng đài", "1022"));
    public static final Topic FOCAL_OFFICIALS = new Topic("cán bộ đầu mối tiếp nhận và trả lời",
            Synonyms.of("cán bộ đầu mối", "đầu mối", "người phát ngôn", "phát ngôn", "cung cấp thông tin"),
            Synonyms.of("tiếp cận thông tin", "liên hệ", "đầu mối", "người phát ngôn", "phát ngôn",
                    "cung cấp thông tin", "thông tin liên hệ", "danh bạ"));
    public static final Topic QA = new Topic("chuyên mục hỏi - đáp",
            Synonyms.of("hỏi đáp", "hỏi - đáp", "giải đáp", "hỏi và đáp", "hỏi đáp trực tuyến",
                    "trả lời công dân", "trả lời kiến nghị", "câu hỏi thường gặp")
                    .except("pháp luật", "thuế"),
            Synonyms.of("hỏi đáp", "hỏi - đáp", "hỏi – đáp trực tuyến", "giải đáp", "hỏi và đáp", "góp ý - hỏi đáp",
                    "hỏi đáp kiến nghị", "trả lời công dân", "câu hỏi thường gặp")
                    .except("pháp luật", "thuế"));
    public static final Topic LEGAL_QA = new Topic("chuyên mục Hỏi – đáp về pháp luật",
            Synonyms.of("hỏi đáp pháp luật", "hỏi - đáp về pháp luật", "hỏi đáp về pháp luật",
                    "giải đáp pháp luật", "hỏi đáp chính sách pháp luật", "hỏi đáp chính sách, pháp luật"),
            Synonyms.of("hỏi đáp pháp luật", "hỏi - đáp về pháp luật", "hỏi đáp về pháp luật",
                    "giải đáp pháp luật", "hỏi đáp chính sách pháp luật", "hỏi đáp chính sách, pháp luật"));
    public static final Topic TAX_AND_LIFE = new Topic("chuyên mục Thuế và cuộc sống",
            Synonyms.of("thuế và cuộc sống", "thuế với cuộc sống", "thuế - cuộc sống"),
            Synonyms.of("thuế và cuộc sống", "thuế với cuộc sống", "thuế - cuộc sống"));
    public static final Topic BUSINESS_INFO = new Topic("chuyên mục Các thông tin doanh nghiệp cần biết",
            Synonyms.of("doanh nghiệp cần biết", "thông tin doanh nghiệp cần biết", "thông tin doanh nghiệp",
                    "thông tin cho doanh nghiệp", "góc doanh nghiệp", "dành cho doanh nghiệp", "hỗ trợ doanh nghiệp"),
            Synonyms.of("doanh nghiệp cần biết", "các thông tin doanh nghiệp cần biết", "thông tin doanh nghiệp",
                    "thông tin cho doanh nghiệp", "góc doanh nghiệp", "dành cho doanh nghiệp", "doanh nghiệp",
                    "hỗ trợ doanh nghiệp"));
    public static final Topic PROCEDURES = new Topic("danh sách thủ tục hành chính",
            Synonyms.of("thủ tục hành chính", "TTHC", "dịch vụ công", "danh sách thủ tục", "bộ thủ tục"),
            Synonyms.of("thủ tục hành chính", "TTHC", "dịch vụ công", "dịch vụ công trực tuyến", "danh sách thủ tục",
                    "thủ tục", "bộ thủ tục"));
    public static final Topic STATUS_LOOKUP = new Topic("trang tra cứu hồ sơ",
            Synonyms.of("tra cứu hồ sơ", "tra cứu kết quả", "tra cứu tình trạng hồ sơ", "tra cứu tiến độ",
                    "tình trạng hồ sơ", "tiến độ giải quyết hồ sơ", "tra cứu kết quả giải quyết", "mã hồ sơ",
                    "tra cứu trạng thái hồ sơ", "theo dõi hồ sơ"),
            Synonyms.of("tra cứu", "tra cứu hồ sơ", "tra cứu kết quả"));

    /** Hosts of the national e-procurement system (Luật Đấu thầu 2023 Điều 7.3). */
    public static final List<String> E_PROCUREMENT_HOSTS = List.of("muasamcong");

    private static final List<Topic> ALL = List.of(ANNUAL_PLAN, FIVE_YEAR_PLAN, LAND_USE, LEGAL_DOCUMENTS,
            BUDGET_ESTIMATE, BUDGET_EXECUTION, BUDGET_FINAL, TENDER, INVESTMENT, HOTLINE, FOCAL_OFFICIALS, QA,
            LEGAL_QA, TAX_AND_LIFE, BUSINESS_INFO, PROCEDURES, STATUS_LOOKUP);
    /** Every phrase some topic includes: a key with none of them names no topic (most link texts). */
    private static final PhraseIndex INCLUDED = new PhraseIndex(ALL.stream()
            .flatMap(t -> Stream.concat(t.titles().include().stream(), t.sections().include().stream())).toList());

    private Vocabulary() {
    }

    /**
     * The topics by what their sections list: published documents and posts (which portals cross-post between
     * sections), citizens' questions and answers, questions on the law (a section of its own, plan 125 IV.10),
     * contacts, and services for procedures. A page about a topic of one
     * family is no evidence for a topic of another ({@code check.PageTopic}).
     */
    private static final List<List<Topic>> FAMILIES = List.of(
            List.of(ANNUAL_PLAN, FIVE_YEAR_PLAN, LAND_USE, LEGAL_DOCUMENTS, BUDGET_ESTIMATE, BUDGET_EXECUTION,
                    BUDGET_FINAL, TENDER, INVESTMENT, TAX_AND_LIFE, BUSINESS_INFO),
            List.of(QA), List.of(LEGAL_QA), List.of(HOTLINE, FOCAL_OFFICIALS), List.of(PROCEDURES, STATUS_LOOKUP));
    /** Each topic's family, by the topic itself: the checklist asks for it page by page. */
    private static final Map<Topic, List<Topic>> FAMILY_OF = familyOf();

    /** Every topic of the checklist. */
    public static List<Topic> all() {
        return ALL;
    }

    /** The topics whose sections list the same kind of thing as the topic's (the topic alone if it has none). */
    public static List<Topic> family(Topic topic) {
        List<Topic> family = FAMILY_OF.get(topic);
        return family != null ? family
                : FAMILIES.stream().filter(f -> f.contains(topic)).findFirst().orElse(List.of(topic));
    }

    private static Map<Topic, List<Topic>> familyOf() {
        Map<Topic, List<Topic>> families = new IdentityHashMap<>();
        FAMILIES.forEach(family -> family.forEach(topic -> families.putIfAbsent(topic, family)));
        return families;
    }

    /** True when a label names any topic of the checklist: such links are worth keeping. */
    public static boolean anyTopic(String key) {
        if (!INCLUDED.anyIn(key)) {
            return false;
        }
        for (Topic topic : ALL) {
            if (topic.matches(key)) {
                return true;
            }
        }
        return false;
    }
}
