package vn.minhbach.extract;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The Vietnamese labels of the parts of a procedure (NĐ 63/2010 Đ8), folded. */
final class ProcedureLabels {

    static final List<String> NAME = Fields.labels("tên thủ tục", "tên thủ tục hành chính", "tên tthc");
    static final List<String> CODE = Fields.labels("mã thủ tục", "mã tthc", "mã số thủ tục");
    static final List<String> STEPS = Fields.labels("trình tự thực hiện", "trình tự, thủ tục");
    static final List<String> METHOD = Fields.labels("cách thức thực hiện", "cách thức nộp hồ sơ");
    static final List<String> DOSSIER = Fields.labels("thành phần hồ sơ", "hồ sơ gồm", "hồ sơ bao gồm",
            "thành phần, số lượng hồ sơ", "thành phần số lượng hồ sơ", "số lượng hồ sơ");
    static final List<String> TIME = Fields.labels("thời hạn giải quyết", "thời gian giải quyết",
            "thời hạn xử lý", "thời gian xử lý");
    static final List<String> SUBJECT = Fields.labels("đối tượng thực hiện", "đối tượng thực hiện thủ tục");
    static final List<String> AGENCY = Fields.labels("cơ quan thực hiện", "cơ quan giải quyết",
            "cơ quan có thẩm quyền", "cơ quan thực hiện thủ tục");
    static final List<String> RESULT = Fields.labels("kết quả thực hiện", "kết quả giải quyết",
            "kết quả thực hiện thủ tục");
    static final List<String> FEE = Fields.labels("phí, lệ phí", "phí/lệ phí", "phí và lệ phí", "phí - lệ phí",
            "lệ phí", "phí", "mức phí", "phí lệ phí");
    static final List<String> CONDITIONS = Fields.labels("yêu cầu, điều kiện", "yêu cầu điều kiện",
            "yêu cầu, điều kiện thực hiện");
    static final List<String> LEGAL = Fields.labels("căn cứ pháp lý", "căn cứ pháp lý của thủ tục");
    static final List<String> LEVEL = Fields.labels("mức độ", "mức độ dịch vụ công", "mức độ dvc",
            "mức độ cung cấp", "dịch vụ công trực tuyến", "mức độ dvctt", "loại dịch vụ",
            "mức độ dịch vụ công trực tuyến", "mức độ dvc trực tuyến", "mức độ trực tuyến");

    /** The parts whose presence as labels tells a procedure detail page. */
    static final List<List<String>> SECTIONS = List.of(NAME, CODE, STEPS, METHOD, DOSSIER, TIME, SUBJECT, AGENCY,
            RESULT, FEE, CONDITIONS, LEGAL);

    /** Every label above, longest first, to find all fields of a page in one pass. */
    static final List<String> ALL = Stream.concat(SECTIONS.stream(), Stream.of(LEVEL))
            .flatMap(List::stream).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private ProcedureLabels() {
    }

    /** The fields whose label belongs to the group. */
    static List<Fields.Field> in(List<Fields.Field> fields, List<String> group) {
        return fields.stream().filter(f -> Folded.of(f.label().text()).labelEnd(ALL) == Folded.of(f.label().text())
                .labelEnd(group)).toList();
    }
}
