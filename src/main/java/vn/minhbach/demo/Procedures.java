package vn.minhbach.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one-stop site's 60 administrative procedures, built from procedures.txt. By construction 36 of 60
 * (60%) are offered online, under the 80% target of onestop.online-rate, and 7 of 60 lack a fee line or
 * have a form that answers 404, under the 100% of onestop.procedure-details.
 */
final class Procedures {

    /** Positions whose page omits the fee line. */
    static final Set<Integer> WITHOUT_FEE = Set.of(7, 19, 33, 48);
    /** Positions whose form link answers 404. */
    static final Set<Integer> BROKEN_FORM = Set.of(11, 26, 41);

    private static final List<String> TIMES = List.of("05 ngày làm việc", "Trong ngày", "03 ngày làm việc",
            "10 ngày làm việc", "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ");
    private static final List<String> FEES = List.of("Không", "50.000 đồng/hồ sơ", "Lệ phí: 100.000 đồng");

    private Procedures() {
    }

    static List<Procedure> generate() {
        List<String> rows = Template.lines("procedures.txt");
        List<Procedure> procedures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i).split("\\|");
            String code = String.format("1.%06d", 1000 + 137 * i);
            String fee = WITHOUT_FEE.contains(i) ? null : FEES.get(i % FEES.size());
            Attachment form = i % 2 == 0 || BROKEN_FORM.contains(i)
                    ? new Attachment("Mẫu đơn, tờ khai " + row[1].toLowerCase(Locale.ROOT),
                            "/bieu-mau/" + code + ".doc", BROKEN_FORM.contains(i))
                    : null;
            procedures.add(new Procedure(code, row[1], row[0], level(i), i % 5 < 3, TIMES.get(i % TIMES.size()),
                    "01 bộ hồ sơ gồm: Đơn hoặc tờ khai theo mẫu; bản sao giấy tờ tùy thân; giấy tờ chứng minh liên quan.",
                    fee, form));
        }
        return List.copyOf(procedures);
    }

    /**
     * The level label as iGate-style sites print it: the new terms of Decree 42/2022 Điều 11 mixed with
     * the old "mức độ" ones that some pages still show. Positions 0-2 of every five are online.
     */
    static String level(int i) {
        return switch (i % 5) {
            case 0 -> "Toàn trình";
            case 1 -> "Một phần";
            case 2 -> i % 20 == 2 ? "Mức độ 4" : i % 20 == 12 ? "Mức độ 3" : "Toàn trình";
            case 3 -> "Cung cấp thông tin";
            default -> i % 10 == 4 ? "Mức độ 2" : "Cung cấp thông tin";
        };
    }
}
