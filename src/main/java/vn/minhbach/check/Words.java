package vn.minhbach.check;

import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Text;

/**
 * The pieces reasons are made of, as {@link Text} for the check bundle: a topic's name, an optional part, a list.
 * Keys start with {@code check.}; what a site wrote (a title, an address) stays an argument as it is.
 */
final class Words {
    /** A part left out: says nothing in every language. */
    static final Text NOTHING = new Text(null, List.of());

    /** The topics' names in reasons, by their Vietnamese label; key {@code check.topic.<name>}. */
    private static final Map<String, String> TOPICS = Map.ofEntries(
            Map.entry("kế hoạch phát triển kinh tế - xã hội", "annualPlan"),
            Map.entry("kế hoạch phát triển kinh tế - xã hội 5 năm", "fiveYearPlan"),
            Map.entry("kế hoạch sử dụng đất", "landUse"),
            Map.entry("danh sách văn bản", "legalDocuments"),
            Map.entry("công khai dự toán ngân sách", "budgetEstimate"),
            Map.entry("báo cáo tình hình thực hiện dự toán ngân sách", "budgetExecution"),
            Map.entry("công khai quyết toán ngân sách", "budgetFinal"),
            Map.entry("thông tin đấu thầu", "tender"),
            Map.entry("danh mục dự án kêu gọi đầu tư", "investment"),
            Map.entry("đường dây nóng", "hotline"),
            Map.entry("cán bộ đầu mối tiếp nhận và trả lời", "focalOfficials"),
            Map.entry("chuyên mục hỏi - đáp", "qa"),
            Map.entry("chuyên mục Hỏi – đáp về pháp luật", "legalQa"),
            Map.entry("chuyên mục Thuế và cuộc sống", "taxAndLife"),
            Map.entry("chuyên mục Các thông tin doanh nghiệp cần biết", "businessInfo"),
            Map.entry("danh sách thủ tục hành chính", "procedures"),
            Map.entry("trang tra cứu hồ sơ", "statusLookup"));

    private Words() {
    }

    /** How a reason names the topic; a topic the catalogue does not know keeps its own label. */
    static Text topic(Topic topic) {
        String name = TOPICS.get(topic.label());
        return name == null ? Text.plain(topic.label()) : Text.of("check.topic." + name);
    }

    /** The message {@code key} with {@code arg}, or {@link #NOTHING} when there is no {@code arg}. */
    static Text optional(String key, Object arg) {
        return arg == null ? NOTHING : Text.of(key, arg);
    }

    /** What a site wrote or an address, as an argument: {@code "null"} for none, as the reasons always said. */
    static String site(Object value) {
        return String.valueOf(value);
    }

    /** The texts one after the other, separated as the key {@code check.join.<separator>} says ("a, b"). */
    static Text join(String separator, List<Text> parts) {
        if (parts.isEmpty()) {
            return NOTHING;
        }
        Text joined = parts.get(0);
        for (Text part : parts.subList(1, parts.size())) {
            joined = Text.of("check.join." + separator, joined, part);
        }
        return joined;
    }
}
