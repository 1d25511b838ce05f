package vn.minhbach.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One administrative procedure (TTHC) of the one-stop site.
 *
 * @param code       its national code (mã thủ tục)
 * @param name       its name
 * @param sector     its field (lĩnh vực)
 * @param level      the online-service level as the list shows it ("Toàn trình", "Một phần", "Mức độ 4", ...)
 * @param online     whether that level counts as online under checklist item onestop.online-rate
 * @param time       the processing time
 * @param dossier    the dossier components
 * @param fee        the fee or charge, or null when the page omits it
 * @param form       the form attached, or null when the procedure names none
 */
record Procedure(String code, String name, String sector, String level, boolean online, String time,
                 String dossier, String fee, Attachment form) {

    static final String FORM_LABEL = "Mẫu đơn, tờ khai";

    String detailPath() {
        return "/thu-tuc-hanh-chinh/chi-tiet?ma=" + code;
    }

    /** Whether the page publishes everything checklist item onestop.procedure-details asks for. */
    boolean complete() {
        return fee != null && (form == null || !form.broken());
    }

    /** The labelled facts of its page, in order, without the form (a link): the fee only when published. */
    List<Map.Entry<String, String>> facts() {
        List<Map.Entry<String, String>> facts = new ArrayList<>(List.of(Map.entry("Mã thủ tục", code),
                Map.entry("Tên thủ tục", name), Map.entry("Lĩnh vực", sector),
                Map.entry("Mức độ dịch vụ công trực tuyến", level), Map.entry("Cơ quan thực hiện", "UBND huyện Lý Sơn"),
                Map.entry("Thời hạn giải quyết", time), Map.entry("Thành phần hồ sơ", dossier)));
        if (fee != null) {
            facts.add(Map.entry("Phí, lệ phí", fee));
        }
        facts.add(Map.entry("Căn cứ pháp lý", "Nghị định 63/2010/NĐ-CP; Nghị định 92/2017/NĐ-CP"));
        return facts;
    }
}
